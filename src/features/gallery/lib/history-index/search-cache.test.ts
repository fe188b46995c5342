import { describe, expect, it } from 'vitest';
import { searchableText } from '../../../../lib/search-text.ts';
import { generationFixture } from '../../../../test/generation-fixture.ts';
import { toIndexEntry } from './entry.ts';
import { createSearchCache } from './search-cache.ts';
import { searchEntries, type HistoryIndexFilters, type SearchableEntry } from './search.ts';

function corpus(): SearchableEntry[] {
  const prompts = [
    'red fox in snow',
    'red barn',
    'fox cubs at play',
    'a redwood forest',
    'blue fox',
    'red fox at dawn',
  ];
  return prompts.map((prompt, i) => {
    const entry = toIndexEntry(
      generationFixture({ prompt, imageWidth: i % 2 ? 768 : 512, imageHeight: 512 }),
      1,
    );
    return { entry, text: searchableText(entry.prompt) };
  });
}

/** A list that records which entries a search looked at. */
function watched(entries: SearchableEntry[]) {
  let reads = 0;
  const proxied = entries.map((e) => ({
    entry: e.entry,
    get text() {
      reads++;
      return e.text;
    },
  }));
  return { proxied, reads: () => reads };
}

describe('search cache', () => {
  it('answers exactly what a full search answers, keystroke by keystroke and back', () => {
    const entries = corpus();
    const search = createSearchCache();
    const filters: HistoryIndexFilters[] = [
      {},
      { size: 'square' },
      { size: { width: 768, height: 512 } },
      { modelId: null },
    ];
    const typed = 'red fox at d';
    const queries = [...Array.from({ length: typed.length }, (_, i) => typed.slice(0, i + 1))];
    for (const f of filters) {
      for (const query of [...queries, ...queries.slice().reverse(), 'fox red', 'blue']) {
        expect(search(entries, 1, query, f, new Set()).items).toEqual(
          searchEntries(entries, query, f, new Set()).items,
        );
      }
    }
  });

  it('narrows from the previous result as the query grows, and reuses it on backspace', () => {
    const { proxied, reads } = watched(corpus());
    const search = createSearchCache();
    search(proxied, 1, 'r', {}, new Set());
    const afterFirst = reads();
    expect(afterFirst).toBe(6);
    search(proxied, 1, 're', {}, new Set());
    // Only the four entries with a word starting with "r" were read again.
    expect(reads() - afterFirst).toBe(4);
    const before = reads();
    expect(search(proxied, 1, 'r', {}, new Set()).total).toBe(4);
    expect(reads()).toBe(before);
  });

  it('forgets everything when the index changes', () => {
    const entries = corpus();
    const search = createSearchCache();
    expect(search(entries, 1, 'fox', {}, new Set()).total).toBe(4);
    expect(search(entries.slice(0, 2), 2, 'fox', {}, new Set()).total).toBe(1);
  });

  it('keeps a search for one set of filters apart from another', () => {
    const entries = corpus();
    const search = createSearchCache();
    const wide = search(entries, 1, 'red', { size: { width: 768, height: 512 } }, new Set()).total;
    const square = search(
      entries,
      1,
      'red',
      { size: { width: 512, height: 512 } },
      new Set(),
    ).total;
    expect([wide, square]).toEqual([3, 1]);
  });
});
