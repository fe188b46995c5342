import { createStore, entries, set, type UseStore } from 'idb-keyval';
import { parseStoredEntry, type IndexedGeneration } from './entry.ts';

/** Where the fill stands, kept with the entries so a reload carries on where it stopped. */
export interface IndexMeta {
  /** The number of the latest full pass over the list (0: none started). */
  pass: number;
  /** Where the pass in progress goes on from; null when no pass is in progress. */
  passOffset: number | null;
  /** When a full pass last reached the end of the list (epoch ms); null: never. */
  completedAt: number | null;
  /** How many generations the server has, as last counted; null: not counted yet. */
  total: number | null;
}

export const EMPTY_META: IndexMeta = { pass: 0, passOffset: null, completedAt: null, total: null };

export interface StoredIndex {
  entries: IndexedGeneration[];
  meta: IndexMeta;
  favourites: string[];
  /** How many records the entries were read from: many small ones make loading slow. */
  segments?: number;
}

/** Persistence for one scope's index. Every method may fail (quota, private mode): the index then works from memory. */
export interface HistoryIndexStorage {
  load(): Promise<StoredIndex>;
  putEntries(entries: readonly IndexedGeneration[]): Promise<void>;
  deleteEntries(ids: readonly string[]): Promise<void>;
  putMeta(meta: IndexMeta): Promise<void>;
  putFavourites(ids: readonly string[]): Promise<void>;
  /** Drops every entry and the fill's state; favourites stay. */
  clearEntries(): Promise<void>;
  /** Rewrites the stored entries as these, in few records (optional: only where it pays). */
  compact?(entries: readonly IndexedGeneration[]): Promise<void>;
}

const SEGMENT = 's:';
const META = 'meta';
const FAVOURITES = 'favourites';
const segments = () => IDBKeyRange.bound(SEGMENT, `${SEGMENT}\uffff`);
/** Entries per record when compacting: large enough that loading reads few records. */
export const COMPACT_SEGMENT_SIZE = 500;
/** A log longer than this is compacted after loading. */
export const COMPACT_AFTER_SEGMENTS = 64;

const isCountOrNull = (v: unknown) =>
  v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0);

export function parseMeta(value: unknown): IndexMeta {
  if (typeof value !== 'object' || value === null) return EMPTY_META;
  const v = value as Record<string, unknown>;
  const ok =
    typeof v.pass === 'number' &&
    Number.isInteger(v.pass) &&
    v.pass >= 0 &&
    isCountOrNull(v.passOffset) &&
    isCountOrNull(v.completedAt) &&
    isCountOrNull(v.total);
  return ok ? (v as unknown as IndexMeta) : EMPTY_META;
}

/** One write of the log: entries stored and ids deleted, applied in key order. */
interface Segment {
  put: unknown[];
  del: unknown[];
}

const isSegment = (v: unknown): v is Segment =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as Segment).put) &&
  Array.isArray((v as Segment).del);

let written = 0;
/** Keys that sort in the order they were written, also across tabs (time first). */
const segmentKey = () =>
  `${SEGMENT}${Date.now().toString(36).padStart(9, '0')}:${(written++).toString(36).padStart(6, '0')}:${Math.random().toString(36).slice(2, 6)}`;

/** Applies segments in key order: the last word on each id wins. */
export function replaySegments(
  pairs: ReadonlyArray<readonly [IDBValidKey, unknown]>,
): IndexedGeneration[] {
  const byId = new Map<string, IndexedGeneration>();
  const segments = pairs
    .filter(
      ([key, value]) => typeof key === 'string' && key.startsWith(SEGMENT) && isSegment(value),
    )
    .sort(([a], [b]) => (String(a) < String(b) ? -1 : 1));
  for (const [, value] of segments) {
    const segment = value as Segment;
    for (const id of segment.del) if (typeof id === 'string') byId.delete(id);
    for (const item of segment.put) {
      const entry = parseStoredEntry(item);
      if (entry) byId.set(entry.id, entry);
    }
  }
  return [...byId.values()];
}

function inTransaction(store: UseStore, work: (s: IDBObjectStore) => void): Promise<void> {
  return store('readwrite', (s) => {
    work(s);
    return new Promise<void>((resolve, reject) => {
      s.transaction.oncomplete = () => resolve();
      s.transaction.onerror = () => reject(s.transaction.error);
      s.transaction.onabort = () => reject(s.transaction.error);
    });
  });
}

/** The database name of a scope: one database per server and user, so nothing crosses between them. */
export const historyIndexDbName = (scope: string) =>
  `leonardo-studio.history-index:${encodeURIComponent(scope)}`;

/**
 * The index in IndexedDB as a log: each write (a page of the list, a settled job, a deletion) is
 * one record, and loading replays them. Reading 10,000 entries from a hundred records is several
 * times faster than from 10,000; compact() folds a long log back into a few large records.
 */
export function createIdbHistoryStorage(scope: string): HistoryIndexStorage {
  const store: UseStore = createStore(historyIndexDbName(scope), 'index');
  const append = (segment: Segment) => set(segmentKey(), segment, store);
  return {
    async load() {
      const pairs = await entries<IDBValidKey, unknown>(store);
      const byKey = new Map(pairs);
      const favourites = byKey.get(FAVOURITES);
      return {
        entries: replaySegments(pairs),
        meta: parseMeta(byKey.get(META)),
        favourites: Array.isArray(favourites)
          ? favourites.filter((id): id is string => typeof id === 'string')
          : [],
        segments: pairs.filter(([key]) => typeof key === 'string' && key.startsWith(SEGMENT))
          .length,
      };
    },
    putEntries: (list) => append({ put: [...list], del: [] }),
    deleteEntries: (ids) => append({ put: [], del: [...ids] }),
    putMeta: (meta) => set(META, meta, store),
    putFavourites: (ids) => set(FAVOURITES, [...ids], store),
    clearEntries: () =>
      inTransaction(store, (s) => {
        s.delete(segments());
        s.delete(META);
      }),
    // One transaction: the old log goes and the new records come, or neither. Records another
    // tab wrote since this one loaded go too; that tab's next full pass writes them again.
    compact: (list) =>
      inTransaction(store, (s) => {
        s.delete(segments());
        for (let i = 0; i < list.length; i += COMPACT_SEGMENT_SIZE) {
          s.put({ put: list.slice(i, i + COMPACT_SEGMENT_SIZE), del: [] }, segmentKey());
        }
      }),
  };
}
