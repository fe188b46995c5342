import type { Generation } from '../../../../../contract/index.ts';
import type { IndexedGeneration } from './entry.ts';
import { runFill, type FetchPage, type FillHost } from './filler.ts';
import { createIndexModel } from './index-model.ts';
import { FillRefused, FillStopped, type PoliteContext } from './polite-request.ts';
import type { IndexProgress, IndexState } from './progress.ts';
import { createSearchCache } from './search-cache.ts';
import {
  type HistoryFacets,
  type HistoryIndexFilters,
  type HistorySearchResult,
} from './search.ts';
import { EMPTY_META, createIdbHistoryStorage, type HistoryIndexStorage } from './storage.ts';
import { documentVisibility, type VisibilitySource } from './visibility.ts';

export interface HistoryIndexOptions {
  /** `${baseUrl}\n${userId}`: each server and user has an index of its own. */
  scope: string;
  fetchPage: FetchPage;
  storage?: HistoryIndexStorage;
  /** Generations per list request: the API's largest page. */
  pageSize?: number;
  /** A new full pass (which drops what was deleted elsewhere) starts when the last is this old. */
  fullPassIntervalMs?: number;
  visibility?: VisibilitySource;
  now?: () => number;
}

export interface HistoryIndexSnapshot {
  /** Grows with every change: a React hook re-renders on it (useSyncExternalStore). */
  version: number;
  progress: IndexProgress;
}

export interface HistoryIndex {
  readonly scope: string;
  /** Settles when the stored index is loaded (searches before then find nothing). */
  readonly ready: Promise<void>;
  subscribe(listener: () => void): () => void;
  getSnapshot(): HistoryIndexSnapshot;
  getProgress(): IndexProgress;
  /** Everything the index holds that matches, newest first. */
  search(query: string, filters?: HistoryIndexFilters): HistorySearchResult;
  get(id: string): IndexedGeneration | undefined;
  /** The models and sizes the index holds, for the filters' choices. */
  facets(): HistoryFacets;
  /** A generation's latest state (a job settled, a new one made). */
  upsert(generation: Generation): void;
  /** Generations deleted in this studio. */
  remove(ids: Iterable<string>): void;
  isFavourite(id: string): boolean;
  toggleFavourite(id: string): void;
  /** Starts (or resumes) filling in the background; does nothing while a fill is running. */
  start(): void;
  stop(): void;
  /** Forgets every entry and fills again from the start; favourites stay. */
  rebuild(): Promise<void>;
  /** Settles when every change so far is written to storage. */
  flush(): Promise<void>;
  dispose(): void;
}

export const DEFAULT_PAGE_SIZE = 100;
export const DEFAULT_FULL_PASS_INTERVAL_MS = 6 * 60 * 60_000;

/**
 * A local index of one user's generations on one server: loaded from IndexedDB at once, filled
 * page by page in the background, kept current by the studio's own changes, searched in memory.
 * Framework-free: the UI subscribes to it.
 */
export function createHistoryIndex(options: HistoryIndexOptions): HistoryIndex {
  const storage = options.storage ?? createIdbHistoryStorage(options.scope);
  const now = options.now ?? (() => Date.now());
  const visibility = options.visibility ?? documentVisibility();
  const model = createIndexModel(storage, now);
  const searchCached = createSearchCache();
  const listeners = new Set<() => void>();
  let state: IndexState = 'loading';
  let retryAt: number | null = null;
  let error: string | null = null;
  let version = 0;
  let loaded = false;
  let disposed = false;
  let fill: AbortController | null = null;

  const progress = (): IndexProgress => ({
    state,
    indexed: model.size(),
    total: model.meta().total,
    complete: model.meta().completedAt !== null,
    retryAt,
    error,
  });
  let snapshot: HistoryIndexSnapshot = { version, progress: progress() };

  function changed(): void {
    version++;
    snapshot = { version, progress: progress() };
    for (const listener of [...listeners]) listener();
  }
  const setState = (next: IndexState, at: number | null = null) => {
    state = next;
    retryAt = at;
    changed();
  };
  const restingState = (): IndexState => {
    const meta = model.meta();
    return meta.passOffset === null && meta.completedAt !== null ? 'complete' : 'idle';
  };

  const ready = storage
    .load()
    .catch(() => ({ entries: [], meta: EMPTY_META, favourites: [] }))
    .then((stored) => {
      if (disposed) return;
      model.load(stored);
      loaded = true;
      // A fill asked for before the load finished starts right after it.
      setState(fill ? 'indexing' : restingState());
    });
  const whenLoaded = (task: () => void) => {
    if (loaded) task();
    else void ready.then(() => !disposed && task());
  };
  const mutate = (task: () => void) =>
    whenLoaded(() => {
      task();
      changed();
    });

  const host: FillHost = {
    pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
    fullPassIntervalMs: options.fullPassIntervalMs ?? DEFAULT_FULL_PASS_INTERVAL_MS,
    fetchPage: options.fetchPage,
    now,
    meta: model.meta,
    setMeta: (patch) => {
      model.setMeta(patch);
      changed();
    },
    advancePass(delta) {
      const offset = model.meta().passOffset;
      if (offset !== null) host.setMeta({ passOffset: Math.max(0, offset + delta) });
    },
    statusOf: (id) => model.get(id)?.status,
    size: model.size,
    absorb(generations, pass) {
      const counts = model.absorb(generations, pass);
      changed();
      return counts;
    },
    finishPass(pass) {
      model.finishPass(pass);
      changed();
    },
    abandonPass: () => host.setMeta({ passOffset: null, completedAt: now() }),
    setState: (next) => {
      if (next !== state || retryAt !== null) setState(next);
    },
  };

  function start(): void {
    if (fill || disposed) return;
    const controller = new AbortController();
    fill = controller;
    error = null;
    whenLoaded(() => {
      if (controller.signal.aborted) return;
      const polite: PoliteContext = {
        signal: controller.signal,
        visibility,
        now,
        onWait: (waiting, at) => setState(waiting, at),
        onResume: () => setState('indexing'),
      };
      const settle = (next: IndexState) => {
        if (fill !== controller) return;
        fill = null;
        setState(next);
      };
      runFill(host, polite).then(
        () => settle(restingState()),
        (reason: unknown) => {
          if (reason instanceof FillStopped) return;
          error =
            reason instanceof FillRefused ? reason.message : 'The history could not be indexed.';
          settle('failed');
        },
      );
    });
  }

  function stop(): void {
    if (!fill) return;
    fill.abort();
    fill = null;
    if (loaded) setState(restingState());
  }

  return {
    scope: options.scope,
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    getProgress: () => snapshot.progress,
    search: (query, filters = {}) =>
      searchCached(model.entries(), version, query, filters, model.favourites),
    get: model.get,
    facets: model.facets,
    upsert: (generation) => mutate(() => model.upsert(generation)),
    remove(ids) {
      const list = [...ids];
      mutate(() => model.remove(list));
    },
    isFavourite: (id) => model.favourites.has(id),
    toggleFavourite: (id) => mutate(() => model.toggleFavourite(id)),
    start,
    stop,
    async rebuild() {
      const wasRunning = fill !== null;
      stop();
      await ready;
      model.clear();
      setState('idle');
      if (wasRunning) start();
    },
    flush: () => ready.then(() => model.flush()),
    dispose() {
      stop();
      disposed = true;
      listeners.clear();
    },
  };
}
