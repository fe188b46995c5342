import type { Generation } from '../../../../../contract/index.ts';
import { searchableText } from '../../../../lib/search-text.ts';
import { newestFirst, toIndexEntry, type IndexedGeneration } from './entry.ts';
import { historyFacets, type HistoryFacets, type SearchableEntry } from './search.ts';
import {
  COMPACT_AFTER_SEGMENTS,
  EMPTY_META,
  type HistoryIndexStorage,
  type IndexMeta,
  type StoredIndex,
} from './storage.ts';

/**
 * The index's data: entries, favourites and where the fill stands, in memory, every change
 * written through to storage in order. Storage failures never stop it: it goes on from memory.
 */
export function createIndexModel(storage: HistoryIndexStorage, now: () => number) {
  const byId = new Map<string, SearchableEntry>();
  const favourites = new Set<string>();
  let meta: IndexMeta = EMPTY_META;
  let sorted: SearchableEntry[] | null = null;
  let facets: HistoryFacets | null = null;
  let writes: Promise<void> = Promise.resolve();

  const write = (task: () => Promise<void>) => {
    writes = writes.then(task).catch(() => {});
  };
  const setMeta = (patch: Partial<IndexMeta>) => {
    meta = { ...meta, ...patch };
    const copy = meta;
    write(() => storage.putMeta(copy));
  };
  const put = (entry: IndexedGeneration) => {
    byId.set(entry.id, { entry, text: searchableText(entry.prompt, entry.negativePrompt) });
    sorted = null;
    facets = null;
  };
  const drop = (ids: readonly string[]) => {
    const gone = ids.filter((id) => byId.delete(id));
    if (gone.length === 0) return;
    sorted = null;
    facets = null;
    write(() => storage.deleteEntries(gone));
    if (gone.some((id) => favourites.delete(id))) {
      const list = [...favourites];
      write(() => storage.putFavourites(list));
    }
  };
  const compact = () => {
    if (!storage.compact) return;
    const list = [...byId.values()].map(({ entry }) => entry);
    write(() => storage.compact!(list));
  };
  /** Stores a generation as seen by `pass`, never lowering what a later pass recorded. */
  const take = (generation: Generation, pass: number) => {
    const previous = byId.get(generation.id)?.entry;
    const entry = toIndexEntry(generation, Math.max(pass, previous?.pass ?? 0));
    put(entry);
    return { entry, previous };
  };

  return {
    load(stored: StoredIndex) {
      for (const entry of stored.entries) put(entry);
      for (const id of stored.favourites) favourites.add(id);
      meta = stored.meta;
      if ((stored.segments ?? 0) > COMPACT_AFTER_SEGMENTS) compact();
      // Sorted now, so the first search (the view's first render) does not pay for it.
      sorted = [...byId.values()].sort((a, b) => newestFirst(a.entry, b.entry));
    },
    /** Newest first. */
    entries: () => (sorted ??= [...byId.values()].sort((a, b) => newestFirst(a.entry, b.entry))),
    facets: () => (facets ??= historyFacets([...byId.values()])),
    get: (id: string) => byId.get(id)?.entry,
    size: () => byId.size,
    meta: () => meta,
    setMeta,
    favourites: favourites as ReadonlySet<string>,

    absorb(generations: readonly Generation[], pass: number) {
      let added = 0;
      let fresh = 0;
      const entries = generations.map((generation) => {
        const { entry, previous } = take(generation, pass);
        if (!previous) added++;
        if (!previous || previous.pass < pass) fresh++;
        return entry;
      });
      if (entries.length) write(() => storage.putEntries(entries));
      return { added, fresh };
    },
    /** The pass reached the end: what it did not see is gone from the server. */
    finishPass(pass: number) {
      drop(
        [...byId.values()].filter(({ entry }) => entry.pass < pass).map(({ entry }) => entry.id),
      );
      setMeta({ passOffset: null, completedAt: now(), total: byId.size });
      // Every entry was just written again: the log of the pass folds into a few records.
      compact();
    },
    /** A generation's latest state. A new one is at the top of the list: the rest moved down. */
    upsert(generation: Generation) {
      const { entry, previous } = take(generation, meta.pass);
      write(() => storage.putEntries([entry]));
      if (previous) return;
      setMeta({
        passOffset: meta.passOffset === null ? null : meta.passOffset + 1,
        total: meta.total === null ? null : meta.total + 1,
      });
    },
    /** Deleted here: those the pass has seen were above its cursor, which moves up by as many. */
    remove(ids: readonly string[]) {
      const known = ids.filter((id) => byId.has(id));
      if (known.length === 0) return false;
      const seen = known.filter((id) => byId.get(id)!.entry.pass === meta.pass).length;
      drop(known);
      setMeta({
        passOffset: meta.passOffset === null ? null : Math.max(0, meta.passOffset - seen),
        total: meta.total === null ? null : Math.max(0, meta.total - known.length),
      });
      return true;
    },
    toggleFavourite(id: string) {
      if (!favourites.delete(id)) favourites.add(id);
      const list = [...favourites];
      write(() => storage.putFavourites(list));
    },
    /** Forgets the entries and the fill's state; favourites stay. */
    clear() {
      byId.clear();
      sorted = null;
      facets = null;
      meta = EMPTY_META;
      write(() => storage.clearEntries());
    },
    flush: () => writes,
  };
}

export type IndexModel = ReturnType<typeof createIndexModel>;
