import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import {
  EMPTY_QUEUE,
  LEARNED_LIMIT_MS,
  RATE_LIMIT_WAIT_MS,
  cancel,
  classifyFailure,
  enqueue,
  markSending,
  next,
  retry,
  settle,
  type JobQueueState,
} from './job-queue.ts';

const job = (id: string, queuedAt = 0) => ({
  id,
  kind: 'text-to-image',
  label: `prompt ${id}`,
  body: { prompt: id },
  queuedAt,
});
const queue = (...ids: string[]): JobQueueState =>
  ids.reduce((s, id) => enqueue(s, job(id)), EMPTY_QUEUE);
const states = (s: JobQueueState) => s.entries.map((e) => `${e.id}:${e.state}`);
const runningLimit = new ApiError({
  status: 429,
  code: 'rate-limit-exceeded',
  message: 'Too many jobs running: at most 10 at once. Try again when one finishes.',
  path: '$',
  retryAfterMs: 2_000,
});
const perMinute = new ApiError({
  status: 429,
  code: 'rate-limit-exceeded',
  message: 'Rate limit reached: at most 100 requests a minute. Try again in 12 s.',
  path: '$',
  retryAfterMs: 12_000,
});

describe('job queue: deciding', () => {
  it('lets out as many as there are free slots, first in first out', () => {
    const s = queue('a', 'b', 'c', 'd');
    expect(next(s, { running: 7, limit: 10, now: 0 })).toEqual({
      ids: ['a', 'b', 'c'],
      wakeAt: null,
    });
    expect(next(s, { running: 10, limit: 10, now: 0 }).ids).toEqual([]);
    expect(next(s, { running: 12, limit: 10, now: 0 }).ids).toEqual([]);
  });

  it('counts entries on their way as taken slots, and never chooses one twice', () => {
    const s = markSending(queue('a', 'b', 'c'), ['a', 'b']);
    expect(states(s)).toEqual(['a:sending', 'b:sending', 'c:queued']);
    expect(next(s, { running: 7, limit: 10, now: 0 }).ids).toEqual(['c']);
    expect(next(s, { running: 8, limit: 10, now: 0 }).ids).toEqual([]);
    expect(next(markSending(s, ['c']), { running: 0, limit: 10, now: 0 }).ids).toEqual([]);
  });
});

describe('job queue: answers', () => {
  it('a sent entry leaves the queue', () => {
    const s = settle(markSending(queue('a', 'b'), ['a']), 'a', { type: 'sent' }, 0);
    expect(states(s)).toEqual(['b:queued']);
  });

  it('a running-jobs 429 puts the entry back in its place and lowers the limit to what runs', () => {
    let s = markSending(queue('a', 'b', 'c'), ['a', 'b']);
    s = settle(s, 'b', classifyFailure(runningLimit, 4), 1_000);
    s = settle(s, 'a', classifyFailure(runningLimit, 4), 1_000);
    expect(states(s)).toEqual(['a:queued', 'b:queued', 'c:queued']);
    expect(s.learnedLimit).toEqual({ limit: 4, until: 1_000 + LEARNED_LIMIT_MS });
    expect(s.pausedUntil).toBeNull();
    expect(next(s, { running: 4, limit: 10, now: 2_000 })).toEqual({
      ids: [],
      wakeAt: 1_000 + LEARNED_LIMIT_MS,
    });
    expect(next(s, { running: 3, limit: 10, now: 2_000 }).ids).toEqual(['a']);
    // Once it has expired, the configured limit holds again.
    expect(next(s, { running: 4, limit: 10, now: 1_000 + LEARNED_LIMIT_MS }).ids).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('with none of its own jobs running, a running-jobs 429 waits for Retry-After', () => {
    const s = settle(markSending(queue('a'), ['a']), 'a', classifyFailure(runningLimit, 0), 1_000);
    expect(s.pausedUntil).toBe(3_000);
    expect(s.learnedLimit?.limit).toBe(1);
    expect(next(s, { running: 0, limit: 10, now: 2_999 })).toEqual({ ids: [], wakeAt: 3_000 });
    expect(next(s, { running: 0, limit: 10, now: 3_000 }).ids).toEqual(['a']);
  });

  it('a per-minute 429 holds everything until Retry-After, or a minute without one', () => {
    const s = settle(
      markSending(queue('a', 'b'), ['a']),
      'a',
      classifyFailure(perMinute, 2),
      1_000,
    );
    expect(states(s)).toEqual(['a:queued', 'b:queued']);
    expect(next(s, { running: 0, limit: 10, now: 12_999 })).toEqual({ ids: [], wakeAt: 13_000 });
    expect(next(s, { running: 0, limit: 10, now: 13_000 }).ids).toEqual(['a', 'b']);
    const bare = new ApiError({ status: 429, code: 'x', message: 'Too Many Requests', path: '$' });
    expect(classifyFailure(bare, 0)).toEqual({ type: 'rate-limit', retryAfterMs: null });
    const later = settle(markSending(queue('a'), ['a']), 'a', classifyFailure(bare, 0), 0);
    expect(later.pausedUntil).toBe(RATE_LIMIT_WAIT_MS);
    // An unexplained 429 while the user's own jobs run is the running limit.
    expect(classifyFailure(bare, 3)).toMatchObject({ type: 'running-limit', running: 3 });
  });

  it('any other error fails the entry and keeps it, with the reason, for Retry', () => {
    const refused = new ApiError({
      status: 400,
      code: 'validation-failed',
      message: 'width must be a multiple of 8',
      path: '$.width',
    });
    const s = settle(markSending(queue('a', 'b'), ['a']), 'a', classifyFailure(refused, 0), 0);
    expect(s.entries[0]).toMatchObject({
      id: 'a',
      state: 'failed',
      error: { status: 400, code: 'validation-failed', message: 'width must be a multiple of 8' },
    });
    expect(next(s, { running: 0, limit: 10, now: 0 }).ids).toEqual(['b']);
    expect(classifyFailure(new TypeError('Failed to fetch'), 0)).toEqual({
      type: 'failed',
      error: { status: 0, code: 'network-error', message: 'Failed to fetch' },
    });
  });

  it('ignores an answer for an entry that is not on its way', () => {
    const s = queue('a');
    expect(settle(s, 'a', { type: 'sent' }, 0)).toBe(s);
    expect(settle(s, 'zz', { type: 'sent' }, 0)).toBe(s);
  });
});

describe('job queue: the user', () => {
  it('cancels a queued or failed entry, not one on its way', () => {
    const s = markSending(queue('a', 'b'), ['a']);
    expect(cancel(s, 'a')).toBe(s);
    expect(states(cancel(s, 'b'))).toEqual(['a:sending']);
    const failed = settle(
      s,
      'a',
      { type: 'failed', error: { status: 500, code: 'x', message: 'm' } },
      0,
    );
    expect(states(cancel(failed, 'a'))).toEqual(['b:queued']);
  });

  it('retries a failed entry at the end of the line', () => {
    let s = markSending(queue('a', 'b'), ['a']);
    s = settle(s, 'a', { type: 'failed', error: { status: 500, code: 'x', message: 'm' } }, 0);
    s = retry(s, 'a', 5_000);
    expect(states(s)).toEqual(['b:queued', 'a:queued']);
    expect(s.entries[1]).toMatchObject({ error: null, queuedAt: 5_000 });
    expect(next(s, { running: 9, limit: 10, now: 5_000 }).ids).toEqual(['b']);
    // Only a failed entry can be retried.
    expect(retry(s, 'b', 0)).toBe(s);
  });
});
