import { benchEngine } from './engine-bench.ts';
import { benchBundle } from './bundle-bench.ts';
import { holds, printTable, type BudgetRow } from './stats.ts';

/** `npm run bench`: every budget of the project with its figure, in one table. */
async function main(): Promise<void> {
  const only = process.argv[2];
  const rows: BudgetRow[] = [];
  if (!only || only === 'bundle') rows.push(...(await benchBundle()));
  if (!only || only === 'engine') rows.push(...(await benchEngine()));
  printTable(rows);
  const over = rows.filter((r) => !holds(r));
  console.log(over.length === 0 ? '\nEvery budget holds.' : `\n${over.length} budget(s) over.`);
  process.exitCode = over.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
