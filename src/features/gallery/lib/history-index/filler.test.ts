import { describe, expect, it } from 'vitest';
import { fakeList } from './fake-list.ts';
import { PAGE_OVERLAP, runFill, type FillHost } from './filler.ts';
import { createIndexModel } from './index-model.ts';
import { ALWAYS_VISIBLE } from './visibility.ts';
import type { HistoryIndexStorage, IndexMeta } from './storage.ts';

const memory: HistoryIndexStorage = {
  load: async () => ({
    entries: [],
    meta: { pass: 0, passOffset: null, completedAt: null, total: null },
    favourites: [],
  }),
  putEntries: async () => {},
  deleteEntries: async () => {},
  putMeta: async () => {},
  putFavourites: async () => {},
  clearEntries: async () => {},
};

function setup(list: ReturnType<typeof fakeList>, meta?: Partial<IndexMeta>) {
  const model = createIndexModel(memory, () => 1_000);
  if (meta) model.setMeta(meta);
  const states: string[] = [];
  const host: FillHost = {
    pageSize: 10,
    fullPassIntervalMs: 500,
    fetchPage: (offset, limit) => list.fetchPage(offset, limit),
    now: () => 1_000,
    meta: model.meta,
    setMeta: model.setMeta,
    advancePass(delta) {
      const offset = model.meta().passOffset;
      if (offset !== null) model.setMeta({ passOffset: offset + delta });
    },
    statusOf: (id) => model.get(id)?.status,
    size: model.size,
    absorb: model.absorb,
    finishPass: model.finishPass,
    abandonPass: () => model.setMeta({ passOffset: null, completedAt: 1_000 }),
    setState: (state) => states.push(state),
  };
  const polite = {
    signal: new AbortController().signal,
    visibility: ALWAYS_VISIBLE,
    now: () => 1_000,
    onWait: () => {},
    onResume: () => {},
  };
  return { model, host, polite, states };
}

describe('runFill', () => {
  it('on an empty index, counts and then reads every page, overlapping by two', async () => {
    const list = fakeList(25);
    const { model, host, polite, states } = setup(list);
    await runFill(host, polite);
    expect(states).toEqual(['counting', 'indexing', 'indexing', 'indexing']);
    const pages = list.calls.filter((c) => c.limit === 10).map((c) => c.offset);
    expect(pages).toEqual([0, 10 - PAGE_OVERLAP, 18 - PAGE_OVERLAP]);
    expect(model.meta()).toMatchObject({
      pass: 1,
      passOffset: null,
      completedAt: 1_000,
      total: 25,
    });
  });

  it('runs no pass before the interval is over: only the reconcile', async () => {
    const list = fakeList(15);
    const { model, host, polite } = setup(list);
    await runFill(host, polite);
    list.calls.length = 0;
    model.setMeta({ completedAt: 900 });
    await runFill(host, polite);
    expect(list.calls).toEqual([{ offset: 0, limit: 10 }]);
  });

  it('moves a resumed pass down by the new generations the reconcile found', async () => {
    const list = fakeList(40);
    const { model, host, polite } = setup(list, { pass: 1, passOffset: 20, total: 40 });
    model.absorb(list.generations.slice(0, 20), 1);
    list.add(3);
    list.calls.length = 0;
    await runFill(host, polite);
    // Reconcile from the top, then the pass goes on at 20 + 3, less the overlap.
    expect(list.calls.slice(0, 2)).toEqual([
      { offset: 0, limit: 10 },
      { offset: 23 - PAGE_OVERLAP, limit: 10 },
    ]);
    expect(model.size()).toBe(43);
    expect(model.meta().total).toBe(43);
  });
});
