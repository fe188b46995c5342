export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
};

export interface BudgetRow {
  area: string;
  measure: string;
  value: number;
  unit: string;
  budget: number;
  /** 'max': the value must not exceed the budget. */
  kind?: 'max' | 'min';
}

export const holds = (row: BudgetRow) =>
  row.kind === 'min' ? row.value >= row.budget : row.value <= row.budget;

export function printTable(rows: BudgetRow[]): void {
  const lines = rows.map((r) => [
    r.area,
    r.measure,
    `${r.value.toFixed(r.unit === 'KB' ? 1 : r.value < 10 ? 2 : 0)} ${r.unit}`,
    `${r.kind === 'min' ? '≥' : '≤'} ${r.budget} ${r.unit}`,
    holds(r) ? 'ok' : 'OVER',
  ]);
  const header = ['area', 'measure', 'figure', 'budget', 'holds'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
}
