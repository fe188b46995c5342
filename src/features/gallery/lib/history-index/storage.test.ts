import { createStore, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { generationFixture } from '../../../../test/generation-fixture.ts';
import { toIndexEntry } from './entry.ts';
import {
  COMPACT_SEGMENT_SIZE,
  EMPTY_META,
  createIdbHistoryStorage,
  historyIndexDbName,
  parseMeta,
  replaySegments,
} from './storage.ts';
import { freshScope } from './test-helpers.ts';

const entry = () => toIndexEntry(generationFixture(), 1);

describe('IndexedDB storage of the index', () => {
  it('keeps entries, the fill state and favourites, per scope', async () => {
    const scope = freshScope();
    const storage = createIdbHistoryStorage(scope);
    const [a, b] = [entry(), entry()];
    await storage.putEntries([a, b]);
    await storage.deleteEntries([a.id]);
    await storage.putEntries([{ ...b, status: 'FAILED' }]);
    const meta = { pass: 2, passOffset: 300, completedAt: null, total: 3_400 };
    await storage.putMeta(meta);
    await storage.putFavourites([b.id]);
    expect(await createIdbHistoryStorage(scope).load()).toEqual({
      entries: [{ ...b, status: 'FAILED' }],
      meta,
      favourites: [b.id],
      segments: 3,
    });
    expect(await createIdbHistoryStorage(freshScope()).load()).toEqual({
      entries: [],
      meta: EMPTY_META,
      favourites: [],
      segments: 0,
    });

    await storage.clearEntries();
    expect(await storage.load()).toEqual({
      entries: [],
      meta: EMPTY_META,
      favourites: [b.id],
      segments: 0,
    });
  });

  it('compacts a long log into few records holding the same entries', async () => {
    const scope = freshScope();
    const storage = createIdbHistoryStorage(scope);
    const list = Array.from({ length: COMPACT_SEGMENT_SIZE + 10 }, entry);
    for (const item of list) await storage.putEntries([item]);
    await storage.putFavourites(['kept']);
    await storage.compact!(list);
    const loaded = await storage.load();
    expect(loaded.segments).toBe(2);
    expect(new Set(loaded.entries.map((e) => e.id))).toEqual(new Set(list.map((e) => e.id)));
    expect(loaded.favourites).toEqual(['kept']);
    expect(await keys(createStore(historyIndexDbName(scope), 'index'))).toHaveLength(3);
  });

  it('replays the log in order: the last word on an id wins', () => {
    const a = entry();
    expect(
      replaySegments([
        ['s:2', { put: [], del: [a.id] }],
        ['s:1', { put: [a], del: [] }],
      ]),
    ).toEqual([]);
    expect(
      replaySegments([
        ['s:1', { put: [], del: [a.id] }],
        ['s:2', { put: [{ ...a, prompt: 'again' }], del: [] }],
      ]),
    ).toEqual([{ ...a, prompt: 'again' }]);
  });

  it('skips stored records that are damaged or from another format', async () => {
    const scope = freshScope();
    const store = createStore(historyIndexDbName(scope), 'index');
    const good = entry();
    await set('s:1', { put: [good, { id: 'broken', prompt: 5 }], del: [7] }, store);
    await set('s:2', 'not a segment', store);
    await set(`g:${good.id}`, good, store);
    await set('meta', { pass: 'two' }, store);
    await set('favourites', ['x', 4], store);
    expect(await createIdbHistoryStorage(scope).load()).toEqual({
      entries: [good],
      meta: EMPTY_META,
      favourites: ['x'],
      segments: 2,
    });
  });

  it('reads the fill state only when every field is of the right type', () => {
    expect(parseMeta({ pass: 1, passOffset: null, completedAt: 5, total: null })).toEqual({
      pass: 1,
      passOffset: null,
      completedAt: 5,
      total: null,
    });
    expect(parseMeta({ pass: 1, passOffset: -3, completedAt: null, total: null })).toEqual(
      EMPTY_META,
    );
    expect(parseMeta(null)).toEqual(EMPTY_META);
  });
});
