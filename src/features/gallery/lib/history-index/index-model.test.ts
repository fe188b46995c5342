import { describe, expect, it } from 'vitest';
import { generationFixture } from '../../../../test/generation-fixture.ts';
import { createIndexModel } from './index-model.ts';
import { EMPTY_META, type HistoryIndexStorage } from './storage.ts';

/** Storage that refuses everything, like a browser with IndexedDB disabled. */
const brokenStorage: HistoryIndexStorage = {
  load: () => Promise.reject(new Error('disabled')),
  putEntries: () => Promise.reject(new Error('disabled')),
  deleteEntries: () => Promise.reject(new Error('disabled')),
  putMeta: () => Promise.reject(new Error('disabled')),
  putFavourites: () => Promise.reject(new Error('disabled')),
  clearEntries: () => Promise.reject(new Error('disabled')),
};

describe('index model', () => {
  it('goes on from memory when storage fails', async () => {
    const model = createIndexModel(brokenStorage, () => 1);
    const generation = generationFixture();
    expect(model.absorb([generation], 1)).toEqual({ added: 1, fresh: 1 });
    model.toggleFavourite(generation.id);
    await expect(model.flush()).resolves.toBeUndefined();
    expect(model.get(generation.id)?.prompt).toBe(generation.prompt);
    expect(model.favourites.has(generation.id)).toBe(true);
  });

  it('drops at the end of a pass what the pass did not see, favourites included', () => {
    const model = createIndexModel(brokenStorage, () => 42);
    const [old, kept] = [generationFixture(), generationFixture()];
    model.absorb([old!, kept!], 1);
    model.toggleFavourite(old!.id);
    model.setMeta({ pass: 2, passOffset: 0 });
    expect(model.absorb([kept!], 2)).toEqual({ added: 0, fresh: 1 });
    model.finishPass(2);
    expect(model.get(old!.id)).toBeUndefined();
    expect(model.favourites.has(old!.id)).toBe(false);
    expect(model.meta()).toEqual({ pass: 2, passOffset: null, completedAt: 42, total: 1 });
  });

  it('never lowers the pass an entry was seen by', () => {
    const model = createIndexModel(brokenStorage, () => 0);
    const generation = generationFixture();
    model.absorb([generation], 5);
    model.absorb([generation], 3);
    expect(model.get(generation.id)?.pass).toBe(5);
  });

  it('moves the cursor for its own changes: down for a new one, up for a seen one deleted', () => {
    const model = createIndexModel(brokenStorage, () => 0);
    model.load({
      entries: [],
      meta: { ...EMPTY_META, pass: 1, passOffset: 20, total: 50 },
      favourites: [],
    });
    const seen = generationFixture();
    model.absorb([seen], 1);
    model.upsert(generationFixture());
    expect(model.meta()).toMatchObject({ passOffset: 21, total: 51 });
    model.upsert({ ...seen, status: 'FAILED' });
    expect(model.meta()).toMatchObject({ passOffset: 21, total: 51 });
    expect(model.remove([seen.id, 'unknown'])).toBe(true);
    expect(model.meta()).toMatchObject({ passOffset: 20, total: 50 });
    expect(model.remove(['unknown'])).toBe(false);
  });
});

describe('index model: the stored log', () => {
  it('compacts after loading a long log, and after a full pass', async () => {
    const compacted: number[] = [];
    const storage: HistoryIndexStorage = {
      ...brokenStorage,
      putEntries: async () => {},
      putMeta: async () => {},
      deleteEntries: async () => {},
      compact: async (list) => {
        compacted.push(list.length);
      },
    };
    const model = createIndexModel(storage, () => 0);
    const generation = generationFixture();
    const stored = createIndexModel(brokenStorage, () => 0);
    stored.absorb([generation], 1);
    model.load({
      entries: [stored.get(generation.id)!],
      meta: EMPTY_META,
      favourites: [],
      segments: 65,
    });
    await model.flush();
    expect(compacted).toEqual([1]);
    model.load({ entries: [], meta: EMPTY_META, favourites: [], segments: 10 });
    await model.flush();
    expect(compacted).toEqual([1]);
    model.setMeta({ pass: 2, passOffset: 0 });
    model.absorb([generation], 2);
    model.finishPass(2);
    await model.flush();
    expect(compacted).toEqual([1, 1]);
  });
});
