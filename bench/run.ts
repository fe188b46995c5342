import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchBundle } from './bundle-bench.ts';
import { benchCanvas } from './canvas-bench.ts';
import { benchEngine } from './engine-bench.ts';
import { startEngineProcess } from './engine-process.ts';
import { benchHistory, seedHistory } from './history-bench.ts';
import { benchHistoryIndex } from './history-index-bench.ts';
import { holds, printTable, type BudgetRow } from './stats.ts';

/** The studio in real Chromium, served by an engine that holds 10,000 generations. */
async function benchStudio(): Promise<BudgetRow[]> {
  const key = 'studio-bench-key';
  const dataDir = mkdtempSync(join(tmpdir(), 'leo-studio-bench-'));
  try {
    await seedHistory(dataDir, key);
    const engine = await startEngineProcess(dataDir, key, { LEO_ENGINE_STUDIO_DIR: 'dist' });
    try {
      return [...(await benchHistory(engine.base, key)), ...(await benchCanvas(engine.base, key))];
    } finally {
      await engine.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `npm run bench`: every budget of the project with its figure, in one table. */
async function main(): Promise<void> {
  const only = process.argv[2];
  const rows: BudgetRow[] = [];
  if (!only || only === 'bundle') rows.push(...(await benchBundle()));
  if (!only || only === 'engine') rows.push(...(await benchEngine()));
  if (!only || only === 'studio') rows.push(...(await benchStudio()));
  if (!only || only === 'history-index') rows.push(...(await benchHistoryIndex()));
  printTable(rows);
  const over = rows.filter((r) => !holds(r));
  console.log(over.length === 0 ? '\nEvery budget holds.' : `\n${over.length} budget(s) over.`);
  process.exitCode = over.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
