import { describe, expect, it } from 'vitest';
import { EMPTY_QUEUE, RELOADED_WHILE_SENDING, enqueue, markSending } from './job-queue.ts';
import { createSessionQueueStorage, jobQueueStorageKey, parseQueue } from './job-queue-storage.ts';

const job = (id: string) => ({
  id,
  kind: 'text-to-image',
  label: id,
  body: { prompt: id },
  queuedAt: 1,
});

describe('job queue storage', () => {
  it('keeps each scope in its own sessionStorage key', () => {
    const alice = createSessionQueueStorage('http://a/api\nalice');
    const bob = createSessionQueueStorage('http://a/api\nbob');
    const state = enqueue(EMPTY_QUEUE, job('x'));
    alice.save(state);
    expect(alice.load()).toEqual(state);
    expect(bob.load()).toEqual(EMPTY_QUEUE);
    expect(sessionStorage.getItem(jobQueueStorageKey('http://a/api\nalice'))).toContain('"x"');
  });

  it('turns an entry that was on its way into a failed one, never to be sent again by itself', () => {
    const state = markSending(enqueue(enqueue(EMPTY_QUEUE, job('a')), job('b')), ['a']);
    const read = parseQueue(JSON.parse(JSON.stringify(state)));
    expect(read.entries.map((e) => [e.id, e.state])).toEqual([
      ['a', 'failed'],
      ['b', 'queued'],
    ]);
    expect(read.entries[0]!.error).toEqual({
      status: 0,
      code: 'interrupted',
      message: RELOADED_WHILE_SENDING,
    });
  });

  it('drops what is malformed, entry by entry, and keeps the order', () => {
    const read = parseQueue({
      entries: [
        { ...job('b'), seq: 5, state: 'queued', error: null },
        { ...job('a'), seq: 2, state: 'queued', error: null },
        { ...job('a'), seq: 9, state: 'queued', error: null },
        { ...job('c'), seq: 3, state: 'running', error: null },
        { ...job('d'), seq: 4, state: 'failed', error: { status: 'x' } },
        { id: 'e', seq: 6 },
        'junk',
      ],
      nextSeq: 1,
      learnedLimit: { limit: 0, until: 5 },
      pausedUntil: 'soon',
    });
    expect(read.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(read.nextSeq).toBe(6);
    expect(read.learnedLimit).toBeNull();
    expect(read.pausedUntil).toBeNull();
    expect(parseQueue('nonsense')).toEqual(EMPTY_QUEUE);
    sessionStorage.setItem(jobQueueStorageKey('s'), '{not json');
    expect(createSessionQueueStorage('s').load()).toEqual(EMPTY_QUEUE);
  });
});
