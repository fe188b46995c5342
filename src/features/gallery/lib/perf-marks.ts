/** Marks the History view sets, read by bench/history-bench.ts and visible in DevTools. */
export const HISTORY_MARKS = {
  mount: 'history:mount',
  firstPage: 'history:first-page',
  measure: 'history:mount-to-first-page',
} as const;

export function markHistory(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.mark(name);
}
