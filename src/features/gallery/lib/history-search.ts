import type { Generation } from '../../../../contract/index.ts';
import { compileQuery, searchableText } from '../../../lib/search-text.ts';
import type { HistoryIndex, IndexedGeneration } from './history-index/index.ts';
import { toIndexEntry } from './history-index/entry.ts';
import { matchingEntries, type HistoryIndexFilters } from './history-index/search.ts';
import { itemFromGeneration, itemFromIndex, type HistoryItem } from './history-items.ts';

// One tile model per index entry, made once: a search over 10,000 entries makes no new objects.
const fromIndex = new WeakMap<IndexedGeneration, HistoryItem>();
const fromLoaded = new WeakMap<Generation, HistoryItem>();

export const loadedItem = (generation: Generation): HistoryItem => {
  let item = fromLoaded.get(generation);
  if (!item) fromLoaded.set(generation, (item = itemFromGeneration(generation)));
  return item;
};

const indexItem = (entry: IndexedGeneration): HistoryItem => {
  let item = fromIndex.get(entry);
  if (!item) fromIndex.set(entry, (item = itemFromIndex(entry)));
  return item;
};

/** The loaded generations a search and filters keep, judged exactly as the index judges its own. */
export function matchLoaded(
  loaded: readonly Generation[],
  query: string,
  filters: HistoryIndexFilters,
  favourites: ReadonlySet<string>,
): Generation[] {
  const byId = new Map(loaded.map((g) => [g.id, g]));
  const searchable = loaded.map((generation) => {
    const entry = toIndexEntry(generation, 0);
    return { entry, text: searchableText(entry.prompt, entry.negativePrompt) };
  });
  return matchingEntries(searchable, compileQuery(query), filters, favourites).map((match) =>
    byId.get(match.entry.id)!,
  );
}

export interface HistorySearchInput {
  index: HistoryIndex | null;
  /** The loaded pages, newest first. */
  loaded: readonly Generation[];
  query: string;
  filters: HistoryIndexFilters;
  /** Whether the index holds all of History: then the loaded pages add nothing. */
  indexComplete: boolean;
}

/**
 * A search over all of History: the local index's matches, shown with the loaded pages' full
 * answers where they have them; while the index is still filling, the loaded pages' own matches
 * too, so the newest generations are found from the first keystroke.
 */
export function searchHistory(input: HistorySearchInput): HistoryItem[] {
  const { index, loaded, query, filters, indexComplete } = input;
  const favourites = new Set(
    index ? loaded.filter((g) => index.isFavourite(g.id)).map((g) => g.id) : [],
  );
  const loadedById = new Map(loaded.map((g) => [g.id, g]));
  const items: HistoryItem[] = [];
  const seen = new Set<string>();
  for (const entry of index?.search(query, filters).items ?? []) {
    seen.add(entry.id);
    const full = loadedById.get(entry.id);
    items.push(full ? loadedItem(full) : indexItem(entry));
  }
  if (indexComplete && index) return items;
  const extra = matchLoaded(loaded, query, filters, favourites).filter((g) => !seen.has(g.id));
  if (extra.length === 0) return items;
  return [...items, ...extra.map(loadedItem)].sort(
    (a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1),
  );
}
