import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import { createJobQueue, type JobQueueOptions } from './job-queue-dispatcher.ts';
import type { QueuedJob } from './job-queue.ts';

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

const SCOPE = 'http://127.0.0.1:8787/api/rest/v1\nuser-1';

/** A server that takes jobs up to its running limit, answering as Leonardo does past it. */
function fakeServer(limit: number) {
  const sent: QueuedJob[] = [];
  let running = 0;
  const pending: Array<() => void> = [];
  return {
    sent,
    get running() {
      return running;
    },
    /** One of the running jobs finishes. */
    finish() {
      running--;
    },
    /** Holds answers until `release`, so requests can be seen in flight. */
    hold: false,
    release() {
      pending.splice(0).forEach((answer) => answer());
    },
    send(entry: QueuedJob): Promise<{ generationId: string }> {
      sent.push(entry);
      return new Promise((resolve, reject) => {
        const answer = () => {
          if (running >= limit) {
            reject(
              new ApiError({
                status: 429,
                code: 'rate-limit-exceeded',
                message: `Too many jobs running: at most ${limit} at once.`,
                path: '$',
                retryAfterMs: 2_000,
              }),
            );
          } else {
            running++;
            resolve({ generationId: `g-${entry.id}` });
          }
        };
        if (this.hold) pending.push(answer);
        else queueMicrotask(answer);
      });
    },
  };
}

function open(
  server: ReturnType<typeof fakeServer>,
  extra: Partial<JobQueueOptions<{ generationId: string }>> = {},
) {
  const tray: string[] = [];
  let ids = 0;
  const queue = createJobQueue({
    scope: SCOPE,
    send: (entry) => server.send(entry),
    running: () => server.running,
    limit: 10,
    onSent: (_entry, result) => tray.push(result.generationId),
    newId: () => `q${++ids}`,
    ...extra,
  });
  return { queue, tray };
}

const body = (n: number) => ({
  kind: 'text-to-image',
  label: `prompt ${n}`,
  body: { prompt: `prompt ${n}` },
});
const flush = () => vi.advanceTimersByTimeAsync(0);

describe('job queue dispatcher', () => {
  it('sends up to the limit and queues the rest, which go out as jobs finish', async () => {
    const server = fakeServer(3);
    const { queue, tray } = open(server, { limit: 3 });
    for (let n = 1; n <= 5; n++) queue.enqueue(body(n));
    await flush();
    expect(tray).toEqual(['g-q1', 'g-q2', 'g-q3']);
    expect(queue.getSnapshot().entries.map((e) => [e.id, e.state])).toEqual([
      ['q4', 'queued'],
      ['q5', 'queued'],
    ]);
    server.finish();
    queue.pump();
    await flush();
    expect(tray).toEqual(['g-q1', 'g-q2', 'g-q3', 'g-q4']);
    expect(server.sent.map((e) => e.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
    queue.dispose();
  });

  it('never sends one entry twice, however often it is asked to decide', async () => {
    const server = fakeServer(10);
    server.hold = true;
    const { queue, tray } = open(server);
    queue.enqueue(body(1));
    for (let i = 0; i < 5; i++) queue.pump();
    await flush();
    expect(server.sent).toHaveLength(1);
    server.release();
    await flush();
    queue.pump();
    await flush();
    expect(server.sent).toHaveLength(1);
    expect(tray).toEqual(['g-q1']);
    queue.dispose();
  });

  it('learns a lower limit from a running-jobs 429 (jobs started elsewhere) without failing', async () => {
    // The server allows 2, the studio thinks 10: the third gets a 429 and waits.
    const server = fakeServer(2);
    const { queue, tray } = open(server);
    for (let n = 1; n <= 4; n++) queue.enqueue(body(n));
    await flush();
    expect(tray).toHaveLength(2);
    const snapshot = queue.getSnapshot();
    expect(snapshot.entries.every((e) => e.state === 'queued')).toBe(true);
    expect(snapshot.learnedLimit?.limit).toBe(2);
    const attempts = server.sent.length;
    await vi.advanceTimersByTimeAsync(30_000);
    // Nothing is retried while the limit holds and nothing finished.
    expect(server.sent).toHaveLength(attempts);
    server.finish();
    queue.pump();
    await flush();
    expect(tray).toHaveLength(3);
    queue.dispose();
  });

  it('waits out a per-minute 429, then sends in order', async () => {
    const server = fakeServer(10);
    let limited = true;
    const { queue, tray } = open(server, {
      send: (entry) => {
        if (limited) {
          limited = false;
          server.sent.push(entry);
          return Promise.reject(
            new ApiError({
              status: 429,
              code: 'rate-limit-exceeded',
              message: 'Rate limit reached: at most 100 requests a minute. Try again in 7 s.',
              path: '$',
              retryAfterMs: 7_000,
            }),
          );
        }
        return server.send(entry);
      },
    });
    queue.enqueue(body(1));
    await flush();
    queue.enqueue(body(2));
    await flush();
    expect(tray).toEqual([]);
    await vi.advanceTimersByTimeAsync(6_999);
    expect(tray).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(tray).toEqual(['g-q1', 'g-q2']);
    queue.dispose();
  });

  it('keeps a failed job for Retry, which sends it once more', async () => {
    const server = fakeServer(10);
    let refuse = true;
    const { queue, tray } = open(server, {
      send: (entry) => {
        if (refuse) {
          refuse = false;
          return Promise.reject(
            new ApiError({
              status: 500,
              code: 'unexpected',
              message: 'Something went wrong',
              path: '$',
            }),
          );
        }
        return server.send(entry);
      },
    });
    const entry = queue.enqueue(body(1));
    await flush();
    expect(queue.getSnapshot().entries[0]).toMatchObject({
      id: entry.id,
      state: 'failed',
      error: { message: 'Something went wrong' },
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tray).toEqual([]);
    queue.retry(entry.id);
    await flush();
    expect(tray).toEqual(['g-q1']);
    expect(queue.getSnapshot().entries).toEqual([]);
    queue.dispose();
  });

  it('cancels a queued job before it goes out', async () => {
    const server = fakeServer(1);
    const { queue } = open(server, { limit: 1 });
    queue.enqueue(body(1));
    const second = queue.enqueue(body(2));
    await flush();
    expect(queue.cancel(second.id)).toBe(true);
    server.finish();
    queue.pump();
    await flush();
    expect(server.sent.map((e) => e.id)).toEqual(['q1']);
    queue.dispose();
  });

  it('survives a reload: queued jobs go on, one that was on its way is not sent again', async () => {
    const server = fakeServer(10);
    server.hold = true;
    const first = open(server, { limit: 1 });
    first.queue.enqueue(body(1));
    first.queue.enqueue(body(2));
    await flush();
    expect(server.sent.map((e) => e.id)).toEqual(['q1']);
    // The tab reloads while q1 is on its way.
    first.queue.dispose();

    const reloaded = createJobQueue({
      scope: SCOPE,
      send: (entry) => server.send(entry),
      running: () => 0,
      limit: 1,
      onSent: () => {},
    });
    expect(reloaded.getSnapshot().entries.map((e) => [e.id, e.state])).toEqual([
      ['q1', 'failed'],
      ['q2', 'queued'],
    ]);
    await flush();
    expect(server.sent.map((e) => e.id)).toEqual(['q1', 'q2']);
    reloaded.dispose();
  });
});
