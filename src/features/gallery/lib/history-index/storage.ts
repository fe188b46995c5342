import { createStore, delMany, entries, keys, set, setMany, type UseStore } from 'idb-keyval';
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
}

const ENTRY = 'g:';
const META = 'meta';
const FAVOURITES = 'favourites';

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

/** The database name of a scope: one database per server and user, so nothing crosses between them. */
export const historyIndexDbName = (scope: string) =>
  `leonardo-studio.history-index:${encodeURIComponent(scope)}`;

/**
 * The index in IndexedDB: one record per generation (a page of the list is one small write),
 * the fill's state and the favourites beside them.
 */
export function createIdbHistoryStorage(scope: string): HistoryIndexStorage {
  const store: UseStore = createStore(historyIndexDbName(scope), 'index');
  return {
    async load() {
      const pairs = await entries<string, unknown>(store);
      const loaded: StoredIndex = { entries: [], meta: EMPTY_META, favourites: [] };
      for (const [key, value] of pairs) {
        if (key === META) loaded.meta = parseMeta(value);
        else if (key === FAVOURITES) {
          loaded.favourites = Array.isArray(value)
            ? value.filter((id) => typeof id === 'string')
            : [];
        } else if (typeof key === 'string' && key.startsWith(ENTRY)) {
          const entry = parseStoredEntry(value);
          if (entry) loaded.entries.push(entry);
        }
      }
      return loaded;
    },
    putEntries: (list) =>
      setMany(
        list.map((entry) => [ENTRY + entry.id, entry]),
        store,
      ),
    deleteEntries: (ids) =>
      delMany(
        ids.map((id) => ENTRY + id),
        store,
      ),
    putMeta: (meta) => set(META, meta, store),
    putFavourites: (ids) => set(FAVOURITES, [...ids], store),
    async clearEntries() {
      const all = await keys<string>(store);
      await delMany(
        all.filter((key) => key !== FAVOURITES),
        store,
      );
    },
  };
}
