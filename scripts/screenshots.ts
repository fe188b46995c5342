/**
 * `npm run screenshots`: the pictures in docs/screenshots/, made from the real studio.
 *
 * Starts the local engine on a fresh data directory (serving the studio already built in dist/),
 * signs in through the `#key=` link in real Chromium, makes real content through the studio (text
 * to image, a sketch with its live result, a texture for a cube) and saves each view at 1280×800,
 * in the light and the dark colour scheme. Nothing is mocked: what the pictures show is what the
 * engine rendered.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import { startEngineProcess, type EngineProcess } from '../bench/engine-process.ts';
import { launchChromium } from '../e2e/chromium.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(ROOT, 'docs/screenshots');
const KEY = 'screenshots-key';
const VIEWPORT = { width: 1280, height: 800 };
const API = '/api/rest/v1';

type Scheme = 'light' | 'dark';

/** History's content, made through the API as any client would: prompts, styles and sizes. */
const HISTORY_PROMPTS: Array<{ prompt: string; presetStyle?: string; size: [number, number] }> = [
  { prompt: 'a quiet harbour at dawn, fishing boats, soft mist', size: [512, 512] },
  { prompt: 'desert canyon under a violet sky', presetStyle: 'LEONARDO', size: [512, 384] },
  { prompt: 'a glass greenhouse full of ferns', size: [384, 512] },
  { prompt: 'neon city street in the rain at night', presetStyle: 'LEONARDO', size: [512, 512] },
  { prompt: 'snowy pine forest, blue hour', size: [512, 384] },
  { prompt: 'copper teapot on an oak table, still life', size: [512, 512] },
];

const CUBE_OBJ = [
  'o Cube',
  'v -1 -1 1',
  'v 1 -1 1',
  'v 1 1 1',
  'v -1 1 1',
  'v -1 -1 -1',
  'v 1 -1 -1',
  'v 1 1 -1',
  'v -1 1 -1',
  'vt 0 0',
  'vt 1 0',
  'vt 1 1',
  'vt 0 1',
  ...[
    [1, 2, 3, 4],
    [6, 5, 8, 7],
    [5, 1, 4, 8],
    [2, 6, 7, 3],
    [4, 3, 7, 8],
    [5, 6, 2, 1],
  ].flatMap(([a, b, c, d]) => [`f ${a}/1 ${b}/2 ${c}/3`, `f ${a}/1 ${c}/3 ${d}/4`]),
  '',
].join('\n');

const log = (message: string) => console.log(`screenshots: ${message}`);

async function api<T>(engine: EngineProcess, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${engine.base}${API}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function until<T>(what: string, check: () => Promise<T | null>, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function seedHistory(engine: EngineProcess): Promise<void> {
  for (const [index, item] of HISTORY_PROMPTS.entries()) {
    const { generationId } = (
      await api<{ sdGenerationJob: { generationId: string } }>(engine, '/generations', {
        prompt: item.prompt,
        width: item.size[0],
        height: item.size[1],
        num_images: index % 2 === 0 ? 2 : 1,
        seed: 1000 + index,
        ...(item.presetStyle ? { presetStyle: item.presetStyle } : {}),
      })
    ).sdGenerationJob;
    await until(`generation ${index + 1}`, async () => {
      const { generations_by_pk: generation } = await api<{
        generations_by_pk: { status: string };
      }>(engine, `/generations/${generationId}`);
      if (generation.status === 'FAILED') throw new Error(`generation ${index + 1} failed`);
      return generation.status === 'COMPLETE' ? true : null;
    });
  }
}

/** Saves the page as a palette PNG: a screenshot of a UI loses nothing visible and is far smaller. */
async function save(page: Page, name: string): Promise<void> {
  // Let fades and the last image decodes settle, and park the mouse off the controls.
  await page.mouse.move(VIEWPORT.width - 4, VIEWPORT.height - 4);
  await page.waitForTimeout(400);
  const raw = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  const png = await sharp(raw)
    .png({ palette: true, colours: 256, effort: 10, compressionLevel: 9 })
    .toBuffer();
  writeFileSync(join(OUT_DIR, `${name}.png`), png);
  log(`${name}.png (${Math.round(png.length / 1024)} KB)`);
}

const heading = (page: Page, name: string) =>
  page.getByRole('main').getByRole('heading', { level: 1, name });

async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Studio' }).getByRole('link', { name }).click();
  await heading(page, name).waitFor();
}

async function visible(locator: Locator, timeout = 60_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

/** Two text-to-image jobs through the Generate form, followed in the jobs tray until done. */
async function generateThroughTheForm(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: 'Text to image' });
  const prompt = form.getByRole('textbox', { name: 'Prompt', exact: true });
  for (const text of [
    'a lighthouse on a cliff at dusk, dramatic clouds',
    'an old stone bridge over a mountain river in autumn',
  ]) {
    await prompt.fill(text);
    await form.getByRole('combobox', { name: 'Size' }).selectOption('512x512');
    await form.getByRole('combobox', { name: 'Number of images' }).selectOption('2');
    await form.getByRole('button', { name: 'Generate' }).click();
    await visible(page.getByRole('region', { name: /^Jobs/ }).getByText(text));
  }
  await visible(page.getByRole('region', { name: /^Jobs/ }).getByText('all finished'), 90_000);
}

/** Drags the mouse through points given as fractions of the stage's visible box. */
async function stroke(page: Page, stage: Locator, points: Array<[number, number]>) {
  const box = await stage.boundingBox();
  if (!box) throw new Error('The sketch canvas has no box');
  const height = Math.min(box.height, VIEWPORT.height - box.y - 8);
  const at = ([x, y]: [number, number]) => [box.x + x * box.width, box.y + y * height] as const;
  const [first, ...rest] = points;
  await page.mouse.move(...at(first!));
  await page.mouse.down();
  for (const point of rest) await page.mouse.move(...at(point), { steps: 8 });
  await page.mouse.up();
}

async function sketchWithLiveResult(page: Page): Promise<void> {
  await openView(page, 'Canvas');
  const stage = page.getByRole('region', { name: 'Sketch canvas' });
  await visible(stage);
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const colour = page.getByLabel('Brush colour');

  await page.getByLabel('Prompt').fill('a lighthouse on a cliff at dusk');
  await colour.fill('#f4a261');
  await button('Fill').click();
  await colour.fill('#264653');
  // ] is the shortcut for a larger brush.
  await button('Brush').focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press(']');
  await stroke(page, stage, [
    [0.02, 0.75],
    [0.3, 0.55],
    [0.55, 0.62],
    [0.98, 0.7],
  ]);
  await stroke(page, stage, [
    [0.02, 0.92],
    [0.5, 0.85],
    [0.98, 0.9],
  ]);
  await colour.fill('#e9c46a');
  await page.getByText('Fill rectangles and ellipses').click();
  await button('Ellipse').click();
  await stroke(page, stage, [
    [0.62, 0.15],
    [0.8, 0.35],
  ]);
  await colour.fill('#fefae0');
  await button('Rectangle').click();
  await stroke(page, stage, [
    [0.28, 0.3],
    [0.33, 0.58],
  ]);
  await button('Brush').click();

  await page.getByRole('switch', { name: 'Live' }).click();
  await visible(page.getByRole('img', { name: 'Live result' }));
  await visible(page.getByText(/Round trip \d+ ms/));
}

async function textureACube(page: Page): Promise<void> {
  await openView(page, 'Textures');
  const main = page.getByRole('main');
  await main.getByLabel('OBJ file').setInputFiles({
    name: 'crate.obj',
    mimeType: 'text/plain',
    buffer: Buffer.from(CUBE_OBJ),
  });
  await main.getByRole('button', { name: 'Upload model' }).click();
  await visible(main.getByRole('img', { name: '3D preview' }));
  await main
    .getByRole('textbox', { name: 'Prompt', exact: true })
    .fill('weathered oak planks with iron rivets');
  await main.getByRole('button', { name: 'Generate textures' }).click();
  for (const map of ['Albedo map', 'Normal map', 'Roughness map', 'Displacement map']) {
    await visible(page.getByRole('img', { name: map }), 120_000);
  }
  await visible(
    page.getByRole('status').filter({ hasText: 'with albedo, normal, roughness maps' }),
  );
}

/** Shows or hides the jobs tray's list: shown on Generate, out of the way elsewhere. */
async function showTray(page: Page, shown: boolean): Promise<void> {
  const tray = page.getByRole('region', { name: /^Jobs/ });
  const toggle = tray.getByRole('button', { name: shown ? 'Show' : 'Hide' });
  if (await toggle.isVisible()) await toggle.click();
}

/** Each view as it is now, in one colour scheme. */
async function shootViews(page: Page, scheme: Scheme, texturesUrl: string): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  const suffix = scheme === 'light' ? '' : '-dark';

  await openView(page, 'Generate');
  await showTray(page, true);
  await page
    .getByRole('form', { name: 'Text to image' })
    .getByRole('textbox', { name: 'Prompt', exact: true })
    .fill('a lighthouse on a cliff at dusk, dramatic clouds');
  // The prompt's focus ring is not part of the picture.
  await page.getByRole('main').getByRole('heading', { level: 1 }).click();
  await save(page, `generate${suffix}`);
  await showTray(page, false);

  await openView(page, 'History');
  const history = page.getByRole('list', { name: 'History' });
  await visible(history.getByRole('img'));
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[role="list"][aria-label="History"] img')].every(
      (image) => (image as HTMLImageElement).complete,
    ),
  );
  await save(page, `history${suffix}`);
  await history.getByRole('listitem').first().click();
  const detail = page.getByRole('dialog', { name: 'Generation details' });
  await visible(detail.getByRole('img'));
  await save(page, `history-detail${suffix}`);
  await page.keyboard.press('Escape');

  await openView(page, 'Canvas');
  // The sketch comes back from IndexedDB after the reload below; Live starts off each visit.
  const live = page.getByRole('switch', { name: 'Live' });
  if ((await live.getAttribute('aria-checked')) !== 'true') await live.click();
  await visible(page.getByRole('img', { name: 'Live result' }));
  await visible(page.getByText(/Round trip \d+ ms/));
  await save(page, `canvas${suffix}`);

  // The model and texture shown are in the address; a reload keeps the session (sessionStorage).
  await page.goto(texturesUrl);
  await heading(page, 'Textures').waitFor();
  await showTray(page, false);
  await visible(page.getByRole('img', { name: 'Albedo map' }));
  await visible(
    page.getByRole('status').filter({ hasText: 'with albedo, normal, roughness maps' }),
  );
  await save(page, `textures${suffix}`);

  await page.getByRole('banner').getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await visible(page.getByRole('dialog', { name: 'Keyboard shortcuts' }));
  await save(page, `shortcuts${suffix}`);
  await page.keyboard.press('Escape');
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'leo-screenshots-'));
  let engine: EngineProcess | null = null;
  let browser: Browser | null = null;
  try {
    mkdirSync(OUT_DIR, { recursive: true });
    engine = await startEngineProcess(dataDir, KEY, {
      LEO_ENGINE_PORT: process.env.SCREENSHOTS_PORT ?? '0',
      // SCREENSHOTS_STUDIO_DIR: a build elsewhere than dist/, e.g. while dist/ is being served.
      LEO_ENGINE_STUDIO_DIR: process.env.SCREENSHOTS_STUDIO_DIR ?? join(ROOT, 'dist'),
    });
    log(`engine at ${engine.base}`);
    await seedHistory(engine);

    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${engine.base}/generate#key=${KEY}`);
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).waitFor();

    await generateThroughTheForm(page);
    await sketchWithLiveResult(page);
    await textureACube(page);
    const texturesUrl = page.url();

    for (const scheme of ['light', 'dark'] as const) await shootViews(page, scheme, texturesUrl);
    await context.close();
  } finally {
    await browser?.close();
    // The engine may already be gone (it exits on its own after a crash); keep the first error.
    await engine?.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
