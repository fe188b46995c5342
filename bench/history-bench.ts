import type { Page } from '@playwright/test';
import { launchChromium } from '../e2e/chromium.ts';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { openDatabase } from '../engine/db/database.ts';
import { GenerationRepository, generationRecord } from '../engine/db/generations.ts';
import { UserRepository } from '../engine/db/users.ts';
import { FileStore } from '../engine/storage/file-store.ts';
import { startEngineProcess } from './engine-process.ts';
import { percentile, printTable, type BudgetRow } from './stats.ts';

/** Marks the History view sets (src/features/gallery/lib/perf-marks.ts); the bench adds the first. */
const NAVIGATE_MARK = 'history:navigate';
const MOUNT_MARK = 'history:mount';
const FIRST_PAGE_MARK = 'history:first-page';
const MOUNT_RUNS = 5;
const SCROLL_FRAMES = 240;
const SCROLL_STEP_PX = 150;

/**
 * Puts `count` completed generations (one small image each) into a data directory for `key`, as
 * the engine itself stores them. For running this bench on its own; `benchHistory` expects them.
 */
export async function seedHistory(dataDir: string, key: string, count = 10_000): Promise<string> {
  const db = openDatabase(join(dataDir, 'engine.sqlite'));
  try {
    const [user] = new UserRepository(db).ensureKeys([key]);
    if (!user) throw new Error('no user for the bench key');
    const files = new FileStore(dataDir);
    const jpeg = await sharp({
      create: { width: 64, height: 64, channels: 3, background: '#3a6' },
    })
      .jpeg()
      .toBuffer();
    await files.write('seed/history-seed.jpg', jpeg);
    const generations = new GenerationRepository(db);
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        generations.insert(
          generationRecord({
            id: randomUUID(),
            userId: user.id,
            kind: 'IMAGE',
            status: 'COMPLETE',
            prompt: `seeded generation ${i}: a quiet harbour at dawn`,
            width: 512,
            height: 512,
            seed: i,
            params: {},
            costAmount: '4',
          }),
          [{ id: randomUUID(), position: 0, file: 'seed/history-seed.jpg' }],
        );
      }
    })();
    return user.id;
  } finally {
    db.close();
  }
}

async function signIn(page: Page, baseUrl: string, key: string): Promise<void> {
  await page.goto(`${baseUrl}/#key=${encodeURIComponent(key)}`);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await page
    .getByRole('navigation', { name: 'Studio' })
    .getByRole('link', { name: 'History' })
    .waitFor();
}

/**
 * One cold visit: a fresh page load of Generate, then a click on History, timed in the page from
 * just before the click to the History view's "first page rendered" mark. Cold means the view's
 * chunk and the first page of generations are fetched during the measure.
 */
interface MountTiming {
  /** Click to the first page of generations rendered: the budgeted figure. */
  total: number;
  /** Click to the History view mounting (route chunk, Suspense): the app shell's share. */
  mounted: number;
}

async function measureMount(page: Page, baseUrl: string): Promise<MountTiming> {
  await page.goto(`${baseUrl}/generate`);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  // The header's GET /me is done (its figures are shown), as when a user clicks History.
  await page.getByText('API tokens').waitFor();
  // Playwright installs its helper script in the page on the first waitForFunction after a load
  // (10–20 ms of the page's main thread): done here, so it does not land inside the measure.
  await page.waitForFunction(() => true);
  await page.evaluate((mark) => {
    performance.clearMarks();
    performance.mark(mark);
    const link = document.querySelector<HTMLAnchorElement>(
      'nav[aria-label="Studio"] a[href="/history"]',
    );
    if (!link) throw new Error('no History link');
    link.click();
  }, NAVIGATE_MARK);
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    FIRST_PAGE_MARK,
  );
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(
    ([from, mount, firstPage]) => {
      const start = performance.getEntriesByName(from!)[0]?.startTime ?? NaN;
      return {
        total: (performance.getEntriesByName(firstPage!)[0]?.startTime ?? NaN) - start,
        mounted: (performance.getEntriesByName(mount!)[0]?.startTime ?? NaN) - start,
      };
    },
    [NAVIGATE_MARK, MOUNT_MARK, FIRST_PAGE_MARK],
  );
}

/** Scrolls the History grid to its end until every generation is loaded (the toolbar says so). */
async function loadEverything(page: Page, expected: number): Promise<number> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const loaded = await page.evaluate(() => {
      const scroller = document.querySelector<HTMLElement>('[data-testid="history-scroller"]');
      if (scroller) scroller.scrollTop = scroller.scrollHeight;
      const status = Array.from(document.querySelectorAll('[role="status"]'))
        .map((el) => el.textContent ?? '')
        .find((text) => /loaded$/.test(text));
      return {
        count: Number((status ?? '0').replace(/[^\d]/g, '')),
        done: status !== undefined && !status.includes('+'),
      };
    });
    if (loaded.done || loaded.count >= expected) return loaded.count;
    if (Date.now() > deadline) throw new Error(`only ${loaded.count} generations loaded in time`);
    await page.waitForTimeout(30);
  }
}

/**
 * Scrolls `selector` by a fixed step every animation frame and answers the frame-to-frame times
 * (ms) and the most elements seen inside `countSelector` while doing so. Plain JavaScript in a
 * string: tsx would wrap named functions in a helper the page does not have.
 */
const SCROLL_IN_PAGE = `({ selector, countSelector, frames, step }) => new Promise((resolve) => {
  const scroller = document.querySelector(selector);
  scroller.scrollTop = 0;
  const deltas = [];
  let maxNodes = 0;
  let last = 0;
  let frame = 0;
  const tick = (time) => {
    if (last) deltas.push(time - last);
    last = time;
    if (countSelector) {
      const grid = document.querySelector(countSelector);
      maxNodes = Math.max(maxNodes, grid ? grid.querySelectorAll('*').length : 0);
    }
    scroller.scrollTop += step;
    if (++frame <= frames) requestAnimationFrame(tick);
    else resolve({ deltas, maxNodes });
  };
  // Two frames to settle before the first timed one.
  requestAnimationFrame(() => requestAnimationFrame(tick));
})`;

async function scrollFrames(
  page: Page,
  selector: string,
  countSelector: string | null,
): Promise<{ deltas: number[]; maxNodes: number }> {
  const args = { selector, countSelector, frames: SCROLL_FRAMES, step: SCROLL_STEP_PX };
  return page.evaluate(`(${SCROLL_IN_PAGE})(${JSON.stringify(args)})`);
}

const GRID = '[role="list"][aria-label="History"]';

/**
 * Drives real Chromium against a running engine whose user for `key` already holds 10,000
 * generations, and measures History: mount time, DOM size of the grid, scroll smoothness.
 */
export async function benchHistory(
  baseUrl: string,
  key: string,
): Promise<Array<{ area: string; measure: string; value: number; unit: string; budget: number }>> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, baseUrl, key);

    const mounts: MountTiming[] = [];
    for (let run = 0; run < MOUNT_RUNS; run++) mounts.push(await measureMount(page, baseUrl));
    const totals = mounts.map((m) => m.total);
    const firstNodes = await page.evaluate(
      (grid) => document.querySelector(grid)?.querySelectorAll('*').length ?? 0,
      GRID,
    );

    const loaded = await loadEverything(page, 10_000);
    const history = await scrollFrames(page, '[data-testid="history-scroller"]', GRID);

    // The same scrolling on a page with nothing in it: the floor for this browser and machine.
    const empty = await context.newPage();
    await empty.setContent(
      '<div id="s" style="height:100vh;overflow-y:auto;background:#fff"><div style="height:2000000px"></div></div>',
    );
    const blank = await scrollFrames(empty, '#s', null);

    const historyP95 = percentile(history.deltas, 95);
    const emptyP95 = percentile(blank.deltas, 95);
    return [
      {
        area: 'history',
        measure: `mount, click to first page rendered (median of ${MOUNT_RUNS} cold visits, max ${Math.round(Math.max(...totals))} ms; view mounted after ${Math.round(
          percentile(
            mounts.map((m) => m.mounted),
            50,
          ),
        )} ms)`,
        value: percentile(totals, 50),
        unit: 'ms',
        budget: 100,
      },
      {
        area: 'history',
        measure: `DOM elements in the grid (first page ${firstNodes}; most while scrolling ${loaded.toLocaleString('en')} loaded)`,
        value: Math.max(firstNodes, history.maxNodes),
        unit: 'nodes',
        budget: 250,
      },
      {
        area: 'history',
        measure: `scroll frame p95 above an empty page's (${historyP95.toFixed(1)} vs ${emptyP95.toFixed(1)} ms, ${SCROLL_FRAMES} frames)`,
        value: historyP95 - emptyP95,
        unit: 'ms',
        budget: 2,
      },
    ];
  } finally {
    await browser.close();
  }
}

/** `tsx bench/history-bench.ts`: seeds a fresh engine with 10,000 generations and runs the bench. */
async function main(): Promise<void> {
  const key = 'history-bench-key';
  const dataDir = mkdtempSync(join(tmpdir(), 'leo-history-bench-'));
  try {
    await seedHistory(dataDir, key);
    const engine = await startEngineProcess(dataDir, key);
    try {
      const rows: BudgetRow[] = await benchHistory(engine.base, key);
      printTable(rows);
    } finally {
      await engine.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
