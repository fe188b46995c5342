import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { generationFixture } from '../../../../test/generation-fixture.ts';
import { toIndexEntry } from './entry.ts';
import { EMPTY_META, createIdbHistoryStorage, historyIndexDbName, parseMeta } from './storage.ts';
import { freshScope } from './test-helpers.ts';

describe('IndexedDB storage of the index', () => {
  it('keeps entries, the fill state and favourites, per scope', async () => {
    const scope = freshScope();
    const storage = createIdbHistoryStorage(scope);
    const a = toIndexEntry(generationFixture(), 1);
    const b = toIndexEntry(generationFixture(), 1);
    await storage.putEntries([a, b]);
    await storage.deleteEntries([a.id]);
    const meta = { pass: 2, passOffset: 300, completedAt: null, total: 3_400 };
    await storage.putMeta(meta);
    await storage.putFavourites([b.id]);
    expect(await createIdbHistoryStorage(scope).load()).toEqual({
      entries: [b],
      meta,
      favourites: [b.id],
    });
    expect(await createIdbHistoryStorage(freshScope()).load()).toEqual({
      entries: [],
      meta: EMPTY_META,
      favourites: [],
    });

    await storage.clearEntries();
    expect(await storage.load()).toEqual({ entries: [], meta: EMPTY_META, favourites: [b.id] });
  });

  it('skips stored records that are damaged or from another format', async () => {
    const scope = freshScope();
    const store = createStore(historyIndexDbName(scope), 'index');
    const good = toIndexEntry(generationFixture(), 1);
    await set(`g:${good.id}`, good, store);
    await set('g:broken', { id: 'broken', prompt: 5 }, store);
    await set('meta', { pass: 'two' }, store);
    await set('favourites', ['x', 4], store);
    await set('something-else', 1, store);
    expect(await createIdbHistoryStorage(scope).load()).toEqual({
      entries: [good],
      meta: EMPTY_META,
      favourites: ['x'],
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
