import { compileQuery, type SearchQuery } from '../../../../lib/search-text.ts';
import {
  matchingEntries,
  type HistoryIndexFilters,
  type HistorySearchResult,
  type SearchableEntry,
} from './search.ts';

interface Cached {
  needles: readonly string[];
  matches: SearchableEntry[];
  result: HistorySearchResult;
}

/** Searches kept per version of the index: enough for a burst of typing and backspacing. */
const MAX_CACHED = 32;

/** Whether every text `later` matches also matches `earlier`: each earlier needle lies inside a later one. */
const narrows = (earlier: readonly string[], later: readonly string[]) =>
  earlier.every((needle) => later.some((other) => other.includes(needle)));

/** One key per distinct set of filters; `undefined` (any) and `null` (no model) stay apart. */
function filtersKey(f: HistoryIndexFilters): string {
  const size = typeof f.size === 'object' ? `${f.size.width}x${f.size.height}` : f.size;
  const model = f.modelId === undefined ? '*' : f.modelId === null ? 'null' : `=${f.modelId}`;
  return [f.kind, f.status, model, size, f.from, f.to, f.favouritesOnly === true].join('|');
}

/**
 * Search as the user types. A keystroke that adds to the query can only narrow the matches, so
 * it scans the smallest earlier result it narrows instead of the whole index; a backspace finds
 * its earlier result here. Everything is forgotten when the index changes (a new version).
 */
export function createSearchCache() {
  let version = -1;
  const byFilters = new Map<string, Map<string, Cached>>();

  return function search(
    entries: readonly SearchableEntry[],
    indexVersion: number,
    query: string,
    filters: HistoryIndexFilters,
    favourites: ReadonlySet<string>,
  ): HistorySearchResult {
    if (indexVersion !== version) {
      version = indexVersion;
      byFilters.clear();
    }
    const key = filtersKey(filters);
    let cache = byFilters.get(key);
    if (!cache) byFilters.set(key, (cache = new Map()));
    const compiled: SearchQuery = compileQuery(query);
    const queryKey = compiled.needles.join('\u0000');
    const hit = cache.get(queryKey);
    if (hit) return hit.result;

    let base: readonly SearchableEntry[] = entries;
    for (const cached of cache.values()) {
      if (cached.matches.length < base.length && narrows(cached.needles, compiled.needles)) {
        base = cached.matches;
      }
    }
    const matches = matchingEntries(base, compiled, filters, favourites);
    const items = matches.map((m) => m.entry);
    const result = { items, total: items.length };
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(queryKey, { needles: compiled.needles, matches, result });
    return result;
  };
}
