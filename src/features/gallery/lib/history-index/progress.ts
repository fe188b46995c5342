const count = new Intl.NumberFormat('en-US');

export type IndexState =
  /** Reading the stored index. */
  | 'loading'
  /** Not started, or stopped. */
  | 'idle'
  | 'counting'
  | 'indexing'
  /** The tab is hidden: the fill waits. */
  | 'paused'
  /** The server asked to slow down, or failed for a moment: the fill tries again at `retryAt`. */
  | 'waiting'
  /** Every generation is indexed; the index is kept current from here. */
  | 'complete'
  /** The server refused (a bad key, say): the fill stopped; `error` says why. */
  | 'failed';

export interface IndexProgress {
  state: IndexState;
  /** Generations in the index. */
  indexed: number;
  /** Generations the server has, once counted. */
  total: number | null;
  /** Whether a full pass over the list has finished at least once: search then covers everything. */
  complete: boolean;
  retryAt: number | null;
  error: string | null;
}

/** "Indexed 1,200 of 3,400" (or "Indexed 1,200" before the count is known). */
export function formatIndexProgress(progress: Pick<IndexProgress, 'indexed' | 'total'>): string {
  const indexed =
    progress.total === null ? progress.indexed : Math.min(progress.indexed, progress.total);
  return progress.total === null
    ? `Indexed ${count.format(indexed)}`
    : `Indexed ${count.format(indexed)} of ${count.format(progress.total)}`;
}
