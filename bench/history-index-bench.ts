import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { build, type Rolldown } from 'vite';
import { launchChromium } from '../e2e/chromium.ts';
import { openDatabase } from '../engine/db/database.ts';
import { GenerationRepository, generationRecord } from '../engine/db/generations.ts';
import { UserRepository } from '../engine/db/users.ts';
import { FileStore } from '../engine/storage/file-store.ts';
import type { HistoryIndexFilters } from '../src/features/gallery/lib/history-index/index.ts';
import { startEngineProcess } from './engine-process.ts';
import { percentile, type BudgetRow } from './stats.ts';

const KEY = 'history-index-bench-key';
const COUNT = 10_000;
/** The list endpoint's largest page (contract/common.ts, Pagination). */
const PAGE_SIZE = 100;

/** A small seeded generator, so every run searches the same history. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS =
  'a red fox|an old lighthouse|a quiet harbour|a cyberpunk street|a knight in ornate armour|a bowl of ramen|a snow leopard|a crystal cave|a steam locomotive|a café in Paris|a koi pond|an astronaut|a desert caravan|a wooden cabin|a portrait of an elderly fisherman|a dragon|a field of sunflowers|a neon-lit noodle bar|a gothic cathedral|a tiny robot'.split(
    '|',
  );
const PLACES =
  'at dawn|at night|in the rain|under the northern lights|in a misty forest|on a stormy sea|in the snow|in a bustling market|on Mars|in golden hour light'.split(
    '|',
  );
const STYLES =
  'cinematic lighting|watercolour|oil painting|octane render|studio photo|35mm film grain|ukiyo-e|isometric|highly detailed|soft focus|dramatic shadows|pastel colours|hyperrealistic|concept art|low poly'.split(
    '|',
  );
const NEGATIVES = [
  null,
  null,
  'blurry, low quality',
  'text, watermark',
  'extra fingers, deformed hands',
  'oversaturated',
];
const MODELS = [
  null,
  'b24e16ff-06e3-43eb-8d33-4416c2d75876',
  'aa77f04e-3eec-4034-9c07-d0f619684628',
  '5c232a9e-9061-4777-980a-ddc8e65647c6',
  'e71a1c2f-4f80-4800-934f-2c68979d8cc8',
];
const SIZES = [
  [512, 512],
  [768, 512],
  [512, 768],
  [1024, 1024],
  [832, 1216],
  [1216, 832],
] as const;

/** 10,000 generations with prompts of the kind people write, as the engine stores them. */
async function seed(dataDir: string): Promise<void> {
  const next = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const db = openDatabase(join(dataDir, 'engine.sqlite'));
  try {
    const [user] = new UserRepository(db).ensureKeys([KEY]);
    if (!user) throw new Error('no user for the bench key');
    const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#3a6' } })
      .jpeg()
      .toBuffer();
    await new FileStore(dataDir).write('seed/index-seed.jpg', jpeg);
    const generations = new GenerationRepository(db);
    db.transaction(() => {
      for (let i = 0; i < COUNT; i++) {
        const [width, height] = pick(SIZES);
        const styles = [pick(STYLES), pick(STYLES)].join(', ');
        generations.insert(
          generationRecord({
            id: randomUUID(),
            userId: user.id,
            kind: 'IMAGE',
            status: next() < 0.02 ? 'FAILED' : 'COMPLETE',
            prompt: `${pick(SUBJECTS)} ${pick(PLACES)}, ${styles}`,
            negativePrompt: pick(NEGATIVES),
            modelId: pick(MODELS),
            width,
            height,
            seed: i,
            params: {},
            costAmount: '4',
          }),
          [{ id: randomUUID(), position: 0, file: 'seed/index-seed.jpg' }],
        );
      }
    })();
  } finally {
    db.close();
  }
}

/** What people type, one keystroke at a time, with the filters a History toolbar offers. */
const TYPING: Array<{ text: string; filters: HistoryIndexFilters }> = [
  { text: 'red fox in the snow', filters: {} },
  { text: 'lighthouse dawn cinematic', filters: { size: 'landscape' } },
  { text: 'cafe paris watercolour', filters: { modelId: MODELS[1]! } },
  { text: 'cyberpunk neon night', filters: { status: 'COMPLETE', size: 'portrait' } },
  { text: 'portrait fisherman film grain', filters: { from: 0, to: Date.now() + 86_400_000 } },
  { text: 'dragon', filters: { favouritesOnly: true } },
  { text: 'snow leopard misty forest', filters: { size: { width: 1024, height: 1024 } } },
  { text: 'ramen neon', filters: {} },
  { text: 'knight ornate armour dramatic shadows', filters: { modelId: null } },
  { text: 'astronaut mars octane', filters: { kind: 'image' } },
  { text: 'koi pond ukiyo', filters: {} },
  { text: 'blurry', filters: {} },
  { text: 'harbour stormy sea oil painting', filters: { status: 'FAILED' } },
  { text: 'sunflowers golden hour pastel', filters: { size: 'square' } },
  { text: 'crystal cave isometric low poly', filters: {} },
  { text: 'steam locomotive rain 35mm', filters: { size: 'landscape' } },
];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = 'virtual:history-index-bench';

/**
 * The index as the studio ships it (its own modules and the API client, bundled by Vite), as one
 * script for the page: the bench drives it in Chromium, with the browser's own IndexedDB and fetch.
 */
async function bundleIndex(): Promise<string> {
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    plugins: [
      {
        name: 'history-index-bench-entry',
        resolveId: (id: string) => (id.endsWith(ENTRY) ? `\0${ENTRY}` : null),
        load: (id: string) =>
          id === `\0${ENTRY}`
            ? `export { createApiClient } from '${ROOT}src/api/client.ts';\n` +
              `export * from '${ROOT}src/features/gallery/lib/history-index/index.ts';`
            : null,
      },
    ],
    build: {
      write: false,
      lib: { entry: ENTRY, formats: ['iife'], name: 'HistoryIndexBench', fileName: 'bench' },
    },
  });
  const output = (Array.isArray(built) ? built[0] : built) as Rolldown.RolldownOutput;
  return output.output[0].code;
}

/**
 * In the page (plain JavaScript: tsx would wrap named functions in a helper the page lacks).
 * `fill`: a new index fills from the engine, pages of 100, until complete and stored. `search`:
 * the stored index loads (timed), then each query is typed character by character, timed per
 * keystroke; a favourite toggled on and off before each query is a new version of the index, so
 * its search cache starts cold and every query's first keystroke scans all 10,000.
 */
const IN_PAGE = `async ({ step, base, key, userId, typing }) => {
  const { createApiClient, createHistoryIndex, apiPage, historyScope } = window.HistoryIndexBench;
  const client = createApiClient({ baseUrl: base + '/api/rest/v1', getKey: () => key });
  const started = performance.now();
  const index = createHistoryIndex({
    scope: historyScope(client.baseUrl, userId),
    fetchPage: apiPage(client, userId),
    pageSize: 100,
  });
  await index.ready;
  const loadMs = performance.now() - started;
  if (step === 'fill') {
    const begun = performance.now();
    await new Promise((resolve, reject) => {
      const check = () => {
        const progress = index.getProgress();
        if (progress.state === 'failed') reject(new Error(progress.error));
        if (progress.state === 'complete') resolve();
      };
      index.subscribe(check);
      index.start();
    });
    await index.flush();
    const fillMs = performance.now() - begun;
    const progress = index.getProgress();
    index.dispose();
    return { fillMs, indexed: progress.indexed, total: progress.total };
  }
  for (const item of index.search('dragon').items.slice(0, 40)) index.toggleFavourite(item.id);
  const anyId = index.search('').items[0].id;
  const times = [];
  let found = 0;
  for (let round = 0; round < 3; round++) {
    for (const { text, filters } of typing) {
      index.toggleFavourite(anyId);
      index.toggleFavourite(anyId);
      for (let length = 1; length <= text.length; length++) {
        const begun = performance.now();
        const result = index.search(text.slice(0, length), filters);
        times.push(performance.now() - begun);
        found += result.total;
      }
    }
  }
  const indexed = index.getProgress().indexed;
  index.dispose();
  return { loadMs, times, found, indexed };
}`;

async function inPage<T>(page: Page, script: string, args: Record<string, unknown>): Promise<T> {
  await page.addScriptTag({ content: script });
  return page.evaluate(`(${IN_PAGE})(${JSON.stringify(args)})`);
}

/**
 * The History index in real Chromium against the real engine over HTTP: filling from 10,000
 * stored generations with the API's largest page into the browser's IndexedDB, loading them
 * again after a reload, and searching them keystroke by keystroke.
 */
export async function benchHistoryIndex(): Promise<BudgetRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'leo-index-bench-'));
  try {
    await seed(dataDir);
    // LEO_ENGINE_PORT picks the port where that matters (a shared machine); otherwise any free one.
    const port = process.env.LEO_ENGINE_PORT;
    const engine = await startEngineProcess(dataDir, KEY, port ? { LEO_ENGINE_PORT: port } : {});
    const browser = await launchChromium();
    try {
      const script = await bundleIndex();
      const me = await fetch(`${engine.base}/api/rest/v1/me`, {
        headers: { authorization: `Bearer ${KEY}` },
      });
      const userId: string = ((await me.json()) as any).user_details[0].user.id;
      const page = await browser.newPage();
      // Any page of the engine's origin: the index's IndexedDB and requests belong to it.
      await page.goto(`${engine.base}/api/rest/v1/me`);
      const args = { base: engine.base, key: KEY, userId, typing: TYPING };
      const fill = await inPage<{ fillMs: number; indexed: number; total: number }>(page, script, {
        ...args,
        step: 'fill',
      });
      if (fill.indexed !== COUNT || fill.total !== COUNT)
        throw new Error(`indexed ${fill.indexed} of ${fill.total}`);
      await page.reload();
      const search = await inPage<{
        loadMs: number;
        times: number[];
        found: number;
        indexed: number;
      }>(page, script, { ...args, step: 'search' });
      if (search.indexed !== COUNT) throw new Error(`loaded ${search.indexed} after a reload`);
      if (search.found === 0) throw new Error('the searches found nothing');
      console.log(
        `History index: ${COUNT.toLocaleString('en-US')} generations loaded from IndexedDB after a reload in ${search.loadMs.toFixed(0)} ms.`,
      );
      return [
        {
          area: 'history index',
          measure: `search ${COUNT.toLocaleString('en-US')} generations, p95 per keystroke (${search.times.length} keystrokes, filters on)`,
          value: percentile(search.times, 95),
          unit: 'ms',
          budget: 16,
        },
        {
          area: 'history index',
          measure: `index ${COUNT.toLocaleString('en-US')} generations from the engine (HTTP, pages of ${PAGE_SIZE}, into IndexedDB)`,
          value: fill.fillMs / 1000,
          unit: 's',
          budget: 10,
        },
      ];
    } finally {
      await browser.close();
      await engine.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
