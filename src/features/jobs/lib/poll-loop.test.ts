import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import { runPollLoop, whenDocumentVisible, type PollEvent, type PollResult } from './poll-loop.ts';

function harness(answers: Array<PollResult | ApiError>) {
  const events: PollEvent[] = [];
  const sleeps: number[] = [];
  const controller = new AbortController();
  let calls = 0;
  const done = runPollLoop({
    signal: controller.signal,
    poll: async () => {
      const answer = answers[calls++];
      if (!answer) throw new Error('polled too often');
      if (answer instanceof ApiError) throw answer;
      return answer;
    },
    onEvent: (event) => events.push(event),
    whenVisible: async () => {},
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { done, events, sleeps, controller, calls: () => calls };
}

const pending: PollResult = { status: 'PENDING' };

describe('runPollLoop', () => {
  it('polls on the growing schedule and stops at COMPLETE', async () => {
    const h = harness([pending, pending, pending, { status: 'COMPLETE' }]);
    await h.done;
    expect(h.sleeps).toEqual([1000, 1500, 2250]);
    expect(h.events.at(-1)).toEqual({
      type: 'checked',
      result: { status: 'COMPLETE' },
      nextInMs: null,
    });
  });

  it('stops at FAILED', async () => {
    const h = harness([pending, { status: 'FAILED', message: 'boom' }]);
    await h.done;
    expect(h.calls()).toBe(2);
  });

  it('retries 429 and network errors with backoff, then carries on', async () => {
    const limited = new ApiError({
      status: 429,
      code: 'rate',
      message: 'slow down',
      path: '$',
      retryAfterMs: 3000,
    });
    const offline = new ApiError({ status: 0, code: 'network-error', message: 'down', path: '$' });
    const h = harness([pending, limited, offline, offline, { status: 'COMPLETE' }]);
    await h.done;
    // Failures in a row count together: the 429 was the first, so the network errors wait 4 s, 8 s.
    expect(h.sleeps).toEqual([1000, 3000, 4000, 8000]);
    expect(h.events.filter((e) => e.type === 'retrying')).toHaveLength(3);
  });

  it('gives up on an answer that will not change, such as 404', async () => {
    const gone = new ApiError({ status: 404, code: 'not-found', message: 'gone', path: '$' });
    const h = harness([pending, gone]);
    await h.done;
    expect(h.events.at(-1)).toEqual({ type: 'given-up', error: gone });
  });

  it('waits while the tab is hidden', async () => {
    const order: string[] = [];
    let reveal: () => void = () => {};
    const controller = new AbortController();
    const done = runPollLoop({
      signal: controller.signal,
      poll: async () => {
        order.push('poll');
        return { status: 'COMPLETE' };
      },
      onEvent: () => {},
      whenVisible: () =>
        new Promise<void>((resolve) => {
          order.push('hidden');
          reveal = resolve;
        }),
      sleep: async () => {},
    });
    await Promise.resolve();
    expect(order).toEqual(['hidden']);
    reveal();
    await done;
    expect(order).toEqual(['hidden', 'poll']);
  });
});

describe('whenDocumentVisible', () => {
  it('resolves when visibility comes back', async () => {
    let state: DocumentVisibilityState = 'hidden';
    const target = new EventTarget();
    Object.defineProperty(target, 'visibilityState', { get: () => state });
    const doc = target as unknown as Document;
    let resolved = false;
    const wait = whenDocumentVisible(new AbortController().signal, doc).then(() => {
      resolved = true;
    });
    await Promise.resolve();
    expect(resolved).toBe(false);
    state = 'visible';
    target.dispatchEvent(new Event('visibilitychange'));
    await wait;
    expect(resolved).toBe(true);
  });
});
