import type { JobStatus } from '../../../../../contract/limits.ts';
import {
  compileQuery,
  isEmptyQuery,
  matchesQuery,
  type SearchQuery,
} from '../../../../lib/search-text.ts';
import type { GenerationKind } from '../history-filters.ts';
import type { IndexedGeneration } from './entry.ts';

export type Orientation = 'portrait' | 'landscape' | 'square';
export type SizeFilter = Orientation | { width: number; height: number };

/** Every filter is optional: left out, it lets everything through. */
export interface HistoryIndexFilters {
  kind?: GenerationKind;
  status?: JobStatus;
  /** A model id, or null for generations made with the server's default model. */
  modelId?: string | null;
  size?: SizeFilter;
  /** Epoch ms, from (inclusive) and to (exclusive). */
  from?: number;
  to?: number;
  favouritesOnly?: boolean;
}

/** An entry as searched: its searchable text is made once, when it enters the index. */
export interface SearchableEntry {
  entry: IndexedGeneration;
  text: string;
}

export interface HistorySearchResult {
  /** Newest first. */
  items: readonly IndexedGeneration[];
  total: number;
}

export function orientationOf(width: number, height: number): Orientation {
  return width === height ? 'square' : width > height ? 'landscape' : 'portrait';
}

function sizeMatches(entry: IndexedGeneration, size: SizeFilter): boolean {
  if (typeof size === 'string') return orientationOf(entry.width, entry.height) === size;
  return entry.width === size.width && entry.height === size.height;
}

function passesFilters(
  entry: IndexedGeneration,
  filters: HistoryIndexFilters,
  favourites: ReadonlySet<string>,
): boolean {
  const { kind, status, modelId, size, from, to, favouritesOnly } = filters;
  return (
    (kind === undefined || entry.kind === kind) &&
    (status === undefined || entry.status === status) &&
    (modelId === undefined || entry.modelId === modelId) &&
    (from === undefined || entry.createdAt >= from) &&
    (to === undefined || entry.createdAt < to) &&
    (!favouritesOnly || favourites.has(entry.id)) &&
    (size === undefined || sizeMatches(entry, size))
  );
}

/**
 * The entries that match a compiled query and filters, in the order given (newest first). One
 * pass over precomputed texts: cheap filters first, then at most one `includes` per word.
 */
export function matchingEntries(
  entries: readonly SearchableEntry[],
  query: SearchQuery,
  filters: HistoryIndexFilters,
  favourites: ReadonlySet<string>,
): SearchableEntry[] {
  const anyText = isEmptyQuery(query);
  const matches: SearchableEntry[] = [];
  for (const searchable of entries) {
    if (!passesFilters(searchable.entry, filters, favourites)) continue;
    if (!anyText && !matchesQuery(searchable.text, query)) continue;
    matches.push(searchable);
  }
  return matches;
}

export function searchEntries(
  entries: readonly SearchableEntry[],
  query: string,
  filters: HistoryIndexFilters,
  favourites: ReadonlySet<string>,
): HistorySearchResult {
  const items = matchingEntries(entries, compileQuery(query), filters, favourites).map(
    (m) => m.entry,
  );
  return { items, total: items.length };
}

export interface HistoryFacets {
  /** Models in the index, most used first; null is the server's default model. */
  models: Array<{ modelId: string | null; count: number }>;
  /** Sizes in the index, most used first. */
  sizes: Array<{ width: number; height: number; count: number }>;
}

/** What the model and size filters can offer: the values the index holds. */
export function historyFacets(entries: readonly SearchableEntry[]): HistoryFacets {
  const models = new Map<string | null, number>();
  const sizes = new Map<string, { width: number; height: number; count: number }>();
  for (const { entry } of entries) {
    models.set(entry.modelId, (models.get(entry.modelId) ?? 0) + 1);
    // A size the answer lacked is read as 0: not a size anyone can pick.
    if (entry.width <= 0 || entry.height <= 0) continue;
    const key = `${entry.width}x${entry.height}`;
    const size = sizes.get(key);
    if (size) size.count++;
    else sizes.set(key, { width: entry.width, height: entry.height, count: 1 });
  }
  return {
    models: [...models]
      .map(([modelId, count]) => ({ modelId, count }))
      .sort((a, b) => b.count - a.count),
    sizes: [...sizes.values()].sort((a, b) => b.count - a.count),
  };
}
