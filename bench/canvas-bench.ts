import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { launchChromium } from '../e2e/chromium.ts';
import type {} from '../src/features/canvas/test-hook-types.ts';
import { holds, percentile, printTable, type BudgetRow } from './stats.ts';

/**
 * The realtime canvas's drawing and export budgets, measured in real Chromium against the built
 * studio (`vite build --mode e2e`, for its `window.__leoCanvas` hook) served by a running engine.
 * Every figure is taken in the page with performance.now() around the code the studio really runs:
 * synthetic pointer events go to the stage's own listeners, and the hook's encoders are the ones
 * live mode and Inpaint call.
 */

const DOC = 1024;
const STROKES_BEFORE = 3_000;
const IMAGE_LAYERS = 3;
const HISTORY_STEPS = 100;

interface Samples {
  move: number[];
  undo: number[];
  reload: number[];
  commit: number[];
  sketch512: number[];
  sketch1024: number[];
  mask1024: number[];
  /** The sketch exports' share of the main thread, until the encode is handed over. */
  main512: number[];
  main1024: number[];
}

/** Runs in the page: fires pointer events at stage coordinates (the image is shown 1:1 at 0,0). */
function installDriver(page: Page) {
  return page.evaluate(() => {
    const hook = window.__leoCanvas!;
    const element = hook.element();
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const fire = (type: string, x: number, y: number) => {
      const rect = element.getBoundingClientRect();
      element.dispatchEvent(
        new PointerEvent(type, {
          clientX: rect.left + x,
          clientY: rect.top + y,
          pointerId: 7,
          pointerType: 'mouse',
          isPrimary: true,
          button: type === 'pointermove' ? -1 : 0,
          buttons: type === 'pointerup' ? 0 : 1,
          pressure: type === 'pointerup' ? 0 : 0.5,
          bubbles: true,
          cancelable: true,
        }),
      );
    };
    /** A stroke of `moves` steps of ~6 px in a wandering direction; returns the last point. */
    const strokePoints = (moves: number) => {
      let x = 40 + random() * 944;
      let y = 40 + random() * 944;
      let angle = random() * Math.PI * 2;
      const points: Array<[number, number]> = [[x, y]];
      for (let i = 0; i < moves; i++) {
        angle += (random() - 0.5) * 0.6;
        x = Math.min(1020, Math.max(4, x + Math.cos(angle) * 6));
        y = Math.min(1020, Math.max(4, y + Math.sin(angle) * 6));
        points.push([x, y]);
      }
      return points;
    };
    /**
     * Chromium records 2D canvas drawing and rasterises it later, when the frame is painted; a
     * one-pixel read of each stage layer forces that work now, so it is inside the measurement.
     */
    const layers = [...element.querySelectorAll('canvas')].map((c) => c.getContext('2d')!);
    const paint = () => {
      hook.flush();
      for (const ctx of layers) ctx.getImageData(0, 0, 1, 1);
    };
    (window as any).__bench = { hook, fire, strokePoints, paint };
  });
}

async function seedStrokes(page: Page, count: number): Promise<void> {
  for (let done = 0; done < count; done += 100) {
    await page.evaluate(
      (n) => {
        const { hook, fire, strokePoints } = (window as any).__bench;
        for (let s = 0; s < n; s++) {
          const [first, ...rest] = strokePoints(10) as Array<[number, number]>;
          fire('pointerdown', first![0], first![1]);
          for (const [x, y] of rest) fire('pointermove', x, y);
          fire('pointerup', rest.at(-1)![0], rest.at(-1)![1]);
        }
        hook.flush();
      },
      Math.min(100, count - done),
    );
  }
}

/** Pointer move → the stroke painted on the stage (handler, live bitmap, layer redraw, raster). */
function measureMoves(page: Page, strokes: number, moves: number): Promise<number[]> {
  return page.evaluate(
    async ({ strokes, moves }) => {
      const { fire, strokePoints, paint } = (window as any).__bench;
      const times: number[] = [];
      for (let s = 0; s < strokes; s++) {
        const [first, ...rest] = strokePoints(moves) as Array<[number, number]>;
        fire('pointerdown', first![0], first![1]);
        paint();
        for (const [x, y] of rest) {
          const start = performance.now();
          fire('pointermove', x, y);
          paint();
          times.push(performance.now() - start);
        }
        fire('pointerup', rest.at(-1)![0], rest.at(-1)![1]);
        paint();
        // Let the browser breathe between strokes, as a hand would.
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return times;
    },
    { strokes, moves },
  );
}

/** Pointer up → the stroke flattened into its layer, its undo step stored, React updated, redrawn. */
function measureCommits(page: Page, strokes: number): Promise<number[]> {
  return page.evaluate(async (strokes) => {
    const { fire, strokePoints, paint } = (window as any).__bench;
    const times: number[] = [];
    for (let s = 0; s < strokes; s++) {
      const points = strokePoints(5 + Math.floor(Math.random() * 40)) as Array<[number, number]>;
      const [first, ...rest] = points;
      fire('pointerdown', first![0], first![1]);
      for (const [x, y] of rest) fire('pointermove', x, y);
      paint();
      await new Promise((resolve) => setTimeout(resolve, 5));
      const start = performance.now();
      fire('pointerup', rest.at(-1)![0], rest.at(-1)![1]);
      // React's re-render of what the commit changed (undo buttons…) runs in a microtask.
      await Promise.resolve();
      paint();
      times.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return times;
  }, strokes);
}

/**
 * Undo of a change to the whole frame (a cleared 1024² layer): the pixels put back, the stage
 * redrawn and rasterised, React told.
 */
function measureUndo(page: Page, runs: number): Promise<number[]> {
  return page.evaluate(async (runs) => {
    const { hook, paint } = (window as any).__bench;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      hook.clearTarget();
      paint();
      await new Promise((resolve) => setTimeout(resolve, 20));
      const start = performance.now();
      hook.undo();
      await Promise.resolve();
      paint();
      times.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return times;
  }, runs);
}

/**
 * A reload of a canvas with a full history: from the navigation until the canvas is shown with
 * every step of its history back (the test hook notes when its session was ready).
 */
async function measureReloads(page: Page, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.reload();
    await page.waitForFunction(() => window.__leoCanvas !== undefined, null, { timeout: 60_000 });
    const { readyAt, undoDepth, redoDepth, loadStartedAt, loadedAt } = await page.evaluate(() =>
      window.__leoCanvas!.state(),
    );
    if (process.env.LEO_BENCH_VERBOSE) {
      console.log(
        `reload: session at ${loadStartedAt.toFixed(0)} ms, loaded at ${loadedAt.toFixed(0)} ms, shown at ${readyAt.toFixed(0)} ms`,
      );
    }
    if (undoDepth + redoDepth !== HISTORY_STEPS) {
      throw new Error(
        `The history came back with ${undoDepth + redoDepth} steps, not ${HISTORY_STEPS}.`,
      );
    }
    times.push(readyAt);
  }
  return times;
}

function measureExports(page: Page, runs: number) {
  return page.evaluate(async (runs) => {
    const { hook } = (window as any).__bench;
    // From the call until the data URL is there: the sketch's JPEG is encoded on another thread,
    // so its figure is the wait for the answer; the main thread's share is noted beside it.
    const time = async (fn: () => string | Promise<string>) => {
      const start = performance.now();
      const pending = fn();
      const main = performance.now() - start;
      const url = await pending;
      const ms = performance.now() - start;
      if (!url.startsWith('data:image/jpeg')) throw new Error('not a JPEG');
      return { ms, main };
    };
    const out = {
      sketch512: [] as number[],
      sketch1024: [] as number[],
      mask1024: [] as number[],
      main512: [] as number[],
      main1024: [] as number[],
    };
    for (let i = 0; i < runs + 3; i++) {
      const a = await time(() => hook.exportSketch(512, 512));
      const b = await time(() => hook.exportSketch());
      const c = await time(() => hook.exportMask());
      // The first rounds warm up the encoders and are not counted.
      if (i >= 3) {
        out.sketch512.push(a.ms);
        out.sketch1024.push(b.ms);
        out.mask1024.push(c.ms);
        out.main512.push(a.main);
        out.main1024.push(b.main);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return out;
  }, runs);
}

export async function benchCanvas(baseUrl: string, key: string): Promise<BudgetRow[]> {
  const browser = await launchChromium();
  try {
    // Wide and tall enough for a stage of at least 1024 × 1024 CSS pixels beside the live result.
    const page = await browser.newPage({ viewport: { width: 2560, height: 1700 } });
    // tsx (esbuild's keepNames) wraps named functions in `__name(…)`; functions sent to the page
    // by page.evaluate carry that call with them, so the page needs a no-op of that name.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.goto(`${baseUrl.replace(/\/+$/, '')}/canvas#key=${encodeURIComponent(key)}`);
    await page.waitForFunction(() => window.__leoCanvas !== undefined, null, { timeout: 60_000 });
    const stage = await page.getByRole('region', { name: 'Sketch canvas' }).boundingBox();
    if (!stage || stage.width < DOC || stage.height < DOC) {
      throw new Error(`The stage is ${stage?.width}×${stage?.height}, smaller than ${DOC}².`);
    }
    await page.evaluate((size) => {
      const hook = window.__leoCanvas!;
      hook.resize(size, size);
      hook.setViewport({ scale: 1, x: 0, y: 0 });
    }, DOC);
    // Three images under the sketch, as layers of their own (what an import makes).
    for (let i = 0; i < IMAGE_LAYERS; i++) {
      await page.evaluate(
        ([size, colour]) =>
          window.__leoCanvas!.addImage(size as number, size as number, colour as string),
        [DOC, ['#d0a080', '#80a0d0', '#a0d080'][i]!],
      );
    }
    await installDriver(page);
    await seedStrokes(page, STROKES_BEFORE);
    const samples: Samples = {
      move: await measureMoves(page, 10, 60),
      commit: await measureCommits(page, 80),
      undo: await measureUndo(page, 30),
      reload: await (async () => {
        // The history holds the last hundred steps; once they are stored, reload.
        await page.waitForFunction(
          () => {
            const s = window.__leoCanvas!.state();
            return s.saveStatus === 'saved' && s.savedVersion === s.version;
          },
          null,
          { timeout: 60_000 },
        );
        const times = await measureReloads(page, 5);
        // The exports below draw a mask at stage coordinates: 1:1 again, as before the reloads.
        await page.evaluate(() => window.__leoCanvas!.setViewport({ scale: 1, x: 0, y: 0 }));
        await installDriver(page);
        return times;
      })(),
      ...(await (async () => {
        // A mask to export: mask mode (its key), a few broad strokes.
        await page.getByRole('region', { name: 'Sketch canvas' }).focus();
        await page.keyboard.press('m');
        await page.evaluate(() => {
          const { hook, fire, strokePoints } = (window as any).__bench;
          for (let s = 0; s < 12; s++) {
            const [first, ...rest] = strokePoints(40) as Array<[number, number]>;
            fire('pointerdown', first![0], first![1]);
            for (const [x, y] of rest) fire('pointermove', x, y);
            fire('pointerup', rest.at(-1)![0], rest.at(-1)![1]);
          }
          hook.flush();
        });
        return measureExports(page, 30);
      })()),
    };
    const median = (values: number[]) => `${percentile(values, 50).toFixed(1)} ms`;
    const row = (measure: string, values: number[], budget: number, note = ''): BudgetRow => ({
      area: 'canvas',
      // The median beside the p95 tells a slow path from a busy machine's occasional stall.
      measure: `${measure}, p95 (median ${median(values)}${note})`,
      value: percentile(values, 95),
      unit: 'ms',
      budget,
    });
    return [
      row(
        `pointer move → painted (1024² stage, ${IMAGE_LAYERS} image layers, ${STROKES_BEFORE} strokes drawn)`,
        samples.move,
        20,
      ),
      row(`stroke commit (${STROKES_BEFORE} strokes drawn)`, samples.commit, 33),
      row('undo of a change to the whole 1024² frame', samples.undo, 16),
      row(
        `reload to a restored ${HISTORY_STEPS}-step history (navigation to canvas shown)`,
        samples.reload,
        500,
      ),
      row(
        'export 512² sketch JPEG',
        samples.sketch512,
        20,
        `, main thread ${median(samples.main512)}`,
      ),
      row(
        'export 1024² sketch JPEG',
        samples.sketch1024,
        60,
        `, main thread ${median(samples.main1024)}`,
      ),
      row('export 1024² mask JPEG', samples.mask1024, 25),
    ];
  } finally {
    await browser.close();
  }
}

// `tsx bench/canvas-bench.ts <baseUrl> <key>` runs it alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [baseUrl = 'http://127.0.0.1:8787', key = process.env.LEO_BENCH_KEY ?? ''] =
    process.argv.slice(2);
  benchCanvas(baseUrl, key)
    .then((rows) => {
      printTable(rows);
      process.exitCode = rows.every(holds) ? 0 : 1;
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    });
}
