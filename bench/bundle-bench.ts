import { existsSync } from 'node:fs';
import { measureBundle, totalJsBytes } from './bundle-size.ts';
import type { BudgetRow } from './stats.ts';

const KB = 1024;

/** The canvas issue's own limit for its code; other lazy chunks share the whole-app figure. */
const LAZY_BUDGET_KB = (name: string) => (/canvas-view/.test(name) ? 110 : 200);

/** Gzip sizes of the built studio: the first screen, each lazy chunk, and everything but 3D. */
export async function benchBundle(distDir = 'dist'): Promise<BudgetRow[]> {
  if (!existsSync(`${distDir}/.vite/manifest.json`)) {
    throw new Error(
      `${distDir} has no build manifest: run \`npx vite build\` first (npm run bench does).`,
    );
  }
  // The bench builds in e2e mode for the canvas's test hook; that chunk is not in a release build.
  const chunks = (await measureBundle(distDir)).filter((c) => !c.name.includes('test-hook'));
  const entry = chunks.filter((c) => c.kind === 'entry').reduce((sum, c) => sum + c.gzipBytes, 0);
  const notThreeD = await totalJsBytes(distDir, /three|preview-3d|model-preview|test-hook/i);
  const rows: BudgetRow[] = [
    {
      area: 'bundle',
      measure: 'first-screen JavaScript (gzip)',
      value: entry / KB,
      unit: 'KB',
      budget: 100,
    },
    {
      area: 'bundle',
      measure: 'all JavaScript but the 3D preview (gzip)',
      value: notThreeD / KB,
      unit: 'KB',
      budget: 200,
    },
  ];
  for (const chunk of chunks.filter((c) => c.kind === 'lazy')) {
    rows.push({
      area: 'bundle',
      measure: `lazy chunk ${chunk.name} (gzip)`,
      value: chunk.gzipBytes / KB,
      unit: 'KB',
      budget: LAZY_BUDGET_KB(chunk.name),
    });
  }
  return rows;
}
