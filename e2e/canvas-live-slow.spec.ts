import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request } from '@playwright/test';
import { startEngineProcess, type EngineProcess } from '../bench/engine-process.ts';
import { API_PREFIX, KEYS, expect, test } from './fixtures.ts';
import { CanvasPage } from './canvas-page.ts';
import { E2E_PORTS } from './ports.ts';

/**
 * Live mode against a slow server. This spec starts an engine of its own (the shared one answers
 * LCM in a few tens of milliseconds) with LEO_ENGINE_LCM_DELAY_MS, the test setting that adds
 * latency to LCM answers, on a port of its own (`E2E_PORTS.slow`).
 */
const DELAY_MS = 400;
const PORT = E2E_PORTS.slow;
const STROKE_MS = 2_000;

let engine: EngineProcess;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'leo-studio-e2e-slow-'));
  engine = await startEngineProcess(dataDir, KEYS.alice, {
    LEO_ENGINE_HOST: '127.0.0.1',
    LEO_ENGINE_PORT: String(PORT),
    LEO_ENGINE_STUDIO_DIR: process.env.E2E_STUDIO_DIR ?? 'dist',
    LEO_ENGINE_LCM_DELAY_MS: String(DELAY_MS),
  });
});

test.afterAll(async () => {
  await engine?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test.describe('realtime canvas: live mode on a slow server', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a 2-second stroke gets a live update per round trip, none cancelled', async ({ page }) => {
    await page.goto(`${engine.base}/canvas#key=${encodeURIComponent(KEYS.alice)}`);
    const canvas = new CanvasPage(page);
    await canvas.ready();
    await canvas.prompt.fill('a kite above the dunes');
    await canvas.liveSwitch.click();
    await expect(canvas.liveResult).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Up to date')).toBeVisible();

    // Observed, not stubbed: when each live request went out and how long its answer took.
    const lcm = (r: Request) =>
      r.method() === 'POST' && r.url().endsWith(`${API_PREFIX}/generations-lcm`);
    const open = new Set<Request>();
    let most = 0;
    const roundTrips: number[] = [];
    let failed = 0;
    page.on('request', (r) => {
      if (!lcm(r)) return;
      open.add(r);
      most = Math.max(most, open.size);
    });
    page.on('requestfinished', (r) => {
      if (!lcm(r) || !open.delete(r)) return;
      roundTrips.push(r.timing().responseEnd);
    });
    page.on('requestfailed', (r) => {
      if (lcm(r) && open.delete(r)) failed++;
    });
    // The page counts each new live result it shows.
    await canvas.liveResult.evaluate((img) => {
      const shown: number[] = [];
      new MutationObserver(() => shown.push(performance.now())).observe(img, {
        attributeFilter: ['src'],
      });
      (window as any).__liveShown = shown;
    });

    // Two seconds of drawing with the real mouse, a move every 20 ms.
    const path = await canvas.toScreen([
      [60, 100],
      [450, 420],
    ]);
    const [a, b] = path as [{ x: number; y: number }, { x: number; y: number }];
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    const started = await page.evaluate(() => performance.now());
    const answeredBefore = roundTrips.length;
    const t0 = Date.now();
    await expect(page.getByText('Rendering…')).toBeVisible();
    // At least two seconds, and long enough for four answers however loaded the machine is.
    const drawing = () =>
      Date.now() - t0 < STROKE_MS ||
      (roundTrips.length - answeredBefore < 4 && Date.now() - t0 < 20_000);
    for (let i = 0; drawing(); i++) {
      const f = (i % 40) / 40;
      const y = i % 80 < 40 ? f : 1 - f;
      await page.mouse.move(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * y);
      await page.waitForTimeout(20);
    }
    const answered = roundTrips.length - answeredBefore;
    const ended = await page.evaluate(() => performance.now());
    await page.mouse.up();

    const shown = await page.evaluate(
      ([from, to]) =>
        ((window as any).__liveShown as number[]).filter((t) => t >= from! && t <= to!),
      [started, ended],
    );
    const sorted = [...roundTrips].sort((x, y) => x - y);
    const roundTrip = sorted[Math.floor(sorted.length / 2)]!;
    // The server really is slow (the setting is in effect)…
    expect(roundTrip).toBeGreaterThanOrEqual(DELAY_MS);
    // …and the result still follows the stroke: the next frame goes out as each answer comes
    // back, and every answer is shown (the last may still be decoding as the stroke ends). A
    // count, not a time: how fast the machine turns an answer into the next frame varies.
    expect(answered).toBeGreaterThanOrEqual(4);
    expect(shown.length).toBeGreaterThanOrEqual(answered - 1);
    // One request at a time, none cancelled to make way for a newer one.
    expect(most).toBe(1);
    expect(failed).toBe(0);
    await expect(page.getByText('Up to date')).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText(/Round trip \d+ ms/)).toBeVisible();
    await expect(page.getByText('0 frames dropped')).toBeVisible();
    await expect(page.getByText(/Live cost this session: \d+ tokens?/)).toBeVisible();
  });
});
