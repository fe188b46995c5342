import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatIndexProgress } from './progress.ts';
import { createHistoryIndex, type HistoryIndexOptions } from './history-index.ts';
import { badKey, fakeList, rateLimited, serverError } from './fake-list.ts';
import { fakeVisibility, freshScope, waitFor } from './test-helpers.ts';

// IndexedDB (fake-indexeddb) schedules its work with setImmediate: only timeouts and the clock are faked.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.UTC(2026, 4, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

function open(
  list: ReturnType<typeof fakeList>,
  scope: string,
  extra: Partial<HistoryIndexOptions> = {},
) {
  return createHistoryIndex({
    scope,
    fetchPage: (offset, limit) => list.fetchPage(offset, limit),
    pageSize: 10,
    ...extra,
  });
}

const complete = (p: { state: string }) => p.state === 'complete';

describe('history index: filling', () => {
  it('indexes every generation newest first, one request at a time, with a cheap count', async () => {
    const list = fakeList(95);
    const index = open(list, freshScope());
    const seen: string[] = [];
    index.subscribe(() => {
      const { indexed, total } = index.getProgress();
      if (total !== null) seen.push(formatIndexProgress({ indexed, total }));
    });
    index.start();
    await waitFor(index, complete);

    expect(index.getProgress()).toMatchObject({
      indexed: 95,
      total: 95,
      complete: true,
      error: null,
    });
    expect(index.search('').items.map((g) => g.id)).toEqual(list.generations.map((g) => g.id));
    expect(list.maxInFlight).toBe(1);
    const probes = list.calls.filter((c) => c.limit === 1);
    expect(probes.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(95)) + 2);
    // Pages walk from newest to oldest, each re-reading the last two of the one before.
    const pages = list.calls.filter((c) => c.limit === 10).map((c) => c.offset);
    expect(pages.slice(0, 3)).toEqual([0, 8, 16]);
    expect(seen).toContain('Indexed 10 of 95');
    expect(seen.at(-1)).toBe('Indexed 95 of 95');
    index.dispose();
  });

  it('goes on after a reload where it stopped, and reconciles the newest page first', async () => {
    const list = fakeList(60);
    const scope = freshScope();
    const first = open(list, scope);
    first.start();
    await waitFor(first, (p) => p.indexed >= 30);
    first.dispose();
    await first.flush();

    list.add(3);
    list.calls.length = 0;
    const second = open(list, scope);
    await second.ready;
    const indexedAtLoad = second.getProgress().indexed;
    expect(indexedAtLoad).toBeGreaterThanOrEqual(30);
    second.start();
    await waitFor(second, complete);
    expect(second.getProgress()).toMatchObject({ indexed: 63, total: 63 });
    // The reconcile read the top, then the pass carried on far below it instead of starting over.
    expect(list.calls[0]).toEqual({ offset: 0, limit: 10 });
    const passPages = list.calls.slice(1).filter((c) => c.limit === 10);
    expect(passPages[0]!.offset).toBeGreaterThanOrEqual(indexedAtLoad - 2);
    expect(second.search('').items.map((g) => g.id)).toEqual(list.generations.map((g) => g.id));
    second.dispose();
  });

  it('waits while the tab is hidden', async () => {
    const list = fakeList(30);
    const visibility = fakeVisibility(true);
    const index = open(list, freshScope(), { visibility });
    index.start();
    await waitFor(index, (p) => p.state === 'paused');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(list.calls).toHaveLength(0);
    visibility.set(false);
    await waitFor(index, complete);
    expect(index.getProgress().indexed).toBe(30);
    index.dispose();
  });

  it('backs off on a 5xx, honours Retry-After on a 429, then goes on', async () => {
    const list = fakeList(25);
    const index = open(list, freshScope());
    list.fail(serverError(), serverError(), rateLimited(5_000));
    index.start();
    const first = await waitFor(index, (p) => p.state === 'waiting');
    expect(first.retryAt).toBe(Date.now() + 1_000);
    await vi.advanceTimersByTimeAsync(999);
    expect(list.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(list.calls).toHaveLength(2);
    // The second failure in a row waits twice as long.
    expect(index.getProgress().retryAt).toBe(Date.now() + 2_000);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(list.calls).toHaveLength(3);
    // The 429 says how long: 5 s.
    expect(index.getProgress().retryAt).toBe(Date.now() + 5_000);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(list.calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1);
    await waitFor(index, complete);
    expect(index.getProgress().indexed).toBe(25);
    index.dispose();
  });

  it('stops and says why when the server refuses the key', async () => {
    const list = fakeList(5);
    const index = open(list, freshScope());
    list.fail(badKey());
    index.start();
    const failed = await waitFor(index, (p) => p.state === 'failed');
    expect(failed.error).toBe('Invalid API key');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(list.calls).toHaveLength(1);
    // Starting again tries again.
    index.start();
    await waitFor(index, complete);
    index.dispose();
  });

  it('stops at once, and a later start carries on', async () => {
    const list = fakeList(40);
    const index = open(list, freshScope());
    list.fail(serverError());
    index.start();
    await waitFor(index, (p) => p.state === 'waiting');
    index.stop();
    expect(index.getProgress().state).toBe('idle');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(list.calls).toHaveLength(1);
    index.start();
    await waitFor(index, complete);
    expect(index.getProgress().indexed).toBe(40);
    index.dispose();
  });
});

describe('history index: keeping current', () => {
  it('takes settled jobs and deletions at once, and counts them in the total', async () => {
    const list = fakeList(12);
    const index = open(list, freshScope());
    index.start();
    await waitFor(index, complete);

    const [made] = list.add(1, () => ({ prompt: 'a brand new lighthouse' }));
    index.upsert(made!);
    expect(index.search('lighthouse').items.map((g) => g.id)).toEqual([made!.id]);
    expect(index.search('').items[0]!.id).toBe(made!.id);
    expect(index.getProgress().total).toBe(13);

    const gone = list.generations.slice(3, 5).map((g) => g.id);
    index.remove(gone);
    expect(index.getProgress()).toMatchObject({ indexed: 11, total: 11 });
    expect(gone.some((id) => index.get(id))).toBe(false);
    index.dispose();
  });

  it('on start, reads from the top only down to the first generation it knows, settled', async () => {
    const list = fakeList(50);
    const scope = freshScope();
    const first = open(list, scope);
    first.start();
    await waitFor(first, complete);
    const [pending] = list.add(1, () => ({ status: 'PENDING' }));
    first.upsert(pending!);
    first.dispose();
    await first.flush();

    // Meanwhile, elsewhere: the pending job finished and 12 more were made.
    list.generations.find((g) => g.id === pending!.id)!.status = 'COMPLETE';
    list.add(12);
    list.calls.length = 0;
    const second = open(list, scope);
    second.start();
    await waitFor(second, complete);
    expect(list.calls.map((c) => c.offset)).toEqual([0, 10]);
    expect(second.getProgress()).toMatchObject({ indexed: 63, total: 63 });
    expect(second.get(pending!.id)?.status).toBe('COMPLETE');
    second.dispose();
  });

  it('drops what was deleted elsewhere at the next full pass', async () => {
    const list = fakeList(30);
    const scope = freshScope();
    const index = open(list, scope, { fullPassIntervalMs: 60_000 });
    index.start();
    await waitFor(index, complete);
    const deletedElsewhere = list.generations.slice(10, 13).map((g) => g.id);
    list.remove(deletedElsewhere);

    index.start();
    await waitFor(index, complete);
    // Not due yet: the reconcile found nothing new and no pass ran.
    expect(index.getProgress().indexed).toBe(30);

    vi.setSystemTime(Date.now() + 60_000);
    index.start();
    await waitFor(index, (p) => p.state === 'complete' && p.indexed === 27);
    expect(deletedElsewhere.some((id) => index.get(id))).toBe(false);
    expect(index.getProgress().total).toBe(27);
    index.dispose();
  });

  it('misses nothing when generations are made or deleted during a pass', async () => {
    const list = fakeList(40);
    const index = open(list, freshScope());
    let pages = 0;
    const original = list.fetchPage.bind(list);
    list.fetchPage = async (offset, limit) => {
      const page = await original(offset, limit);
      if (limit === 10 && ++pages === 2) {
        // In this studio: a job settles and two are deleted; elsewhere: one is deleted.
        const [made] = list.add(1);
        index.upsert(made!);
        const mine = list.generations.slice(2, 4).map((g) => g.id);
        list.remove(mine);
        index.remove(mine);
        list.remove([list.generations[5]!.id]);
      }
      return page;
    };
    index.start();
    await waitFor(index, complete);
    const indexed = index.search('').items.map((g) => g.id);
    // Nothing on the server is missing; the one deleted elsewhere after the pass saw it waits for the next pass.
    expect(indexed.filter((id) => !list.generations.some((g) => g.id === id))).toHaveLength(1);
    expect(list.generations.every((g) => index.get(g.id))).toBe(true);
    index.dispose();
  });

  it('ends a pass against a server that ignores the offset, deleting nothing', async () => {
    const list = fakeList(30);
    const scope = freshScope();
    const index = open(list, scope);
    index.start();
    await waitFor(index, complete);
    index.dispose();
    await index.flush();

    const broken = fakeList(0);
    broken.generations.push(...list.generations);
    broken.fetchPage = async (_offset, limit) => list.generations.slice(0, limit);
    const again = open(broken, scope, { fullPassIntervalMs: 0 });
    again.start();
    await waitFor(again, complete);
    expect(again.getProgress().indexed).toBe(30);
    again.dispose();
  });
});

describe('history index: favourites and scopes', () => {
  it('keeps favourites across a reload and a rebuild, per scope', async () => {
    const list = fakeList(8);
    const scope = freshScope();
    const index = open(list, scope);
    index.start();
    await waitFor(index, complete);
    const id = list.generations[2]!.id;
    index.toggleFavourite(id);
    expect(index.isFavourite(id)).toBe(true);
    expect(index.search('', { favouritesOnly: true }).items.map((g) => g.id)).toEqual([id]);
    await index.rebuild();
    expect(index.getProgress().indexed).toBe(0);
    index.start();
    await waitFor(index, complete);
    index.dispose();
    await index.flush();

    const reloaded = open(list, scope);
    await reloaded.ready;
    expect(reloaded.isFavourite(id)).toBe(true);
    expect(reloaded.getProgress()).toMatchObject({ indexed: 8, state: 'complete' });

    const otherUser = open(fakeList(0), freshScope());
    await otherUser.ready;
    expect(otherUser.isFavourite(id)).toBe(false);
    expect(otherUser.getProgress().indexed).toBe(0);
    reloaded.toggleFavourite(id);
    expect(reloaded.isFavourite(id)).toBe(false);
    reloaded.dispose();
    otherUser.dispose();
  });

  it('forgets the favourite of a deleted generation', async () => {
    const list = fakeList(3);
    const index = open(list, freshScope());
    index.start();
    await waitFor(index, complete);
    const id = list.generations[0]!.id;
    index.toggleFavourite(id);
    index.remove([id]);
    expect(index.isFavourite(id)).toBe(false);
    index.dispose();
  });

  it('notifies subscribers with a new snapshot on each change', async () => {
    const list = fakeList(3);
    const index = open(list, freshScope());
    await index.ready;
    const before = index.getSnapshot();
    expect(index.getSnapshot()).toBe(before);
    const listener = vi.fn();
    const unsubscribe = index.subscribe(listener);
    index.toggleFavourite('x');
    expect(listener).toHaveBeenCalled();
    expect(index.getSnapshot().version).toBeGreaterThan(before.version);
    unsubscribe();
    index.dispose();
  });
});
