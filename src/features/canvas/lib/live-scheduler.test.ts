import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveScheduler, type LiveAnswer, type LiveRequest } from './live-scheduler.ts';

interface Call {
  request: LiveRequest;
  /** When it was sent, by the fake clock. */
  at: number;
  resolve: (answer: LiveAnswer<string>) => void;
  reject: (error: unknown) => void;
}

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly afterMs?: number,
  ) {
    super(`HTTP ${status}`);
  }
}

function setup(
  options: ConstructorParameters<typeof LiveScheduler>[1] = {},
  { honourAbort = true } = {},
) {
  const calls: Call[] = [];
  const shown: Array<{ result: string; timestamp: number; roundTripMs: number }> = [];
  const errors: Array<{ error: unknown; retryInMs: number | null }> = [];
  const statuses: string[] = [];
  const scheduler = new LiveScheduler<string>(
    {
      send: (request) =>
        new Promise((resolve, reject) => {
          calls.push({ request, resolve, reject, at: Date.now() });
          if (!honourAbort) return;
          request.signal.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
      onResult: (result, info) => shown.push({ result, ...info }),
      onError: (error, info) => errors.push({ error, ...info }),
      onStatus: () => statuses.push(scheduler.phase),
      classify: (error) => {
        const status = error instanceof HttpFailure ? error.status : 0;
        return {
          retry: status === 0 || status === 429 || status >= 500,
          afterMs: error instanceof HttpFailure ? error.afterMs : undefined,
        };
      },
    },
    { intervalMs: 130, backoffBaseMs: 1000, backoffMaxMs: 8000, ...options },
  );
  return { scheduler, calls, shown, errors, statuses };
}

/** Lets promise callbacks run, then advances the fake clock. */
async function advance(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('LiveScheduler', () => {
  it('sends nothing while off, and the current state once when turned on', async () => {
    const { scheduler, calls } = setup();
    scheduler.change();
    await advance(500);
    expect(calls).toHaveLength(0);
    scheduler.start();
    await advance(0);
    expect(calls).toHaveLength(1);
    await advance(1000);
    expect(calls).toHaveLength(1);
  });

  it('on a fast server, sends at most once per interval however often the sketch changes', async () => {
    const { scheduler, calls } = setup();
    scheduler.start();
    await advance(0);
    // 60 changes over a second, one every 16 ms; the server answers in 20 ms.
    for (let i = 0; i < 60; i++) {
      scheduler.change();
      await advance(16);
      for (const call of calls) if (Date.now() - call.at >= 20) call.resolve({ result: `r${i}` });
    }
    const times = calls.map((call) => call.at);
    for (let i = 1; i < times.length; i++) {
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(130);
    }
    expect(calls.length).toBeGreaterThanOrEqual(7);
    expect(calls.length).toBeLessThanOrEqual(9);
  });

  it('on a slow server, sends the next frame as the previous answer arrives, never two at once', async () => {
    const { scheduler, calls, shown } = setup();
    scheduler.start();
    await advance(0);
    const strokeStart = Date.now();
    const answered = new Set<Call>();
    let inFlightAtOnce = 0;
    // Three seconds of drawing, a change every frame; the server answers after 400 ms.
    for (let t = 0; t < 3000; t += 16) {
      scheduler.change();
      await advance(16);
      for (const call of calls) {
        if (answered.has(call) || Date.now() - call.at < 400) continue;
        answered.add(call);
        call.resolve({ result: `at ${call.at - strokeStart}` });
      }
      await advance(0);
      inFlightAtOnce = Math.max(inFlightAtOnce, calls.filter((c) => !answered.has(c)).length);
    }
    expect(inFlightAtOnce).toBe(1);
    expect(calls.some((call) => call.request.signal.aborted)).toBe(false);
    // One frame per round trip: each goes out within a frame of the previous answer.
    for (let i = 1; i < calls.length; i++) {
      const gap = calls[i]!.at - calls[i - 1]!.at;
      expect(gap).toBeGreaterThanOrEqual(400);
      expect(gap).toBeLessThanOrEqual(400 + 16);
    }
    expect(shown.length).toBeGreaterThanOrEqual(7);
    expect(scheduler.stats).toMatchObject({ aborted: 0, dropped: 0 });
    expect(scheduler.roundTripMs).toBeGreaterThanOrEqual(400);
  });

  it('waits for the throttle after a quick answer, and not at all after a slow one', async () => {
    const { scheduler, calls } = setup();
    scheduler.start();
    await advance(0);
    scheduler.change();
    await advance(50);
    calls[0]!.resolve({ result: 'quick' });
    await advance(0);
    expect(calls).toHaveLength(1);
    await advance(79);
    expect(calls).toHaveLength(1);
    await advance(1);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.at - calls[0]!.at).toBe(130);
    scheduler.change();
    await advance(300);
    expect(calls).toHaveLength(2);
    calls[1]!.resolve({ result: 'slow' });
    await advance(0);
    expect(calls).toHaveLength(3);
    expect(calls[2]!.at - calls[1]!.at).toBe(300);
  });

  it('sends only when something changed since the last request', async () => {
    const { scheduler, calls } = setup();
    scheduler.start();
    await advance(0);
    calls[0]!.resolve({ result: 'a' });
    await advance(1000);
    expect(calls).toHaveLength(1);
    scheduler.change();
    await advance(0);
    expect(calls).toHaveLength(2);
  });

  it('drops an answer older than the newest one shown, by requestTimestamp', async () => {
    const { scheduler, calls, shown } = setup();
    scheduler.start();
    await advance(0);
    calls[0]!.resolve({ result: 'first', echoedTimestamp: 5_000_000_000_000 });
    await advance(0);
    scheduler.change();
    await advance(130);
    calls[1]!.resolve({ result: 'second' });
    await advance(0);
    expect(shown.map((s) => s.result)).toEqual(['first']);
    expect(scheduler.stats.dropped).toBe(1);
  });

  it('reports the round-trip time', async () => {
    const { scheduler, calls, shown } = setup();
    scheduler.start();
    await advance(0);
    await advance(85);
    calls[0]!.resolve({ result: 'a' });
    await advance(0);
    expect(shown[0]!.roundTripMs).toBe(85);
    expect(scheduler.roundTripMs).toBe(85);
  });

  it('says whether it is rendering or up to date', async () => {
    const { scheduler, calls, statuses } = setup();
    expect(scheduler.phase).toBe('off');
    scheduler.start();
    await advance(0);
    expect(scheduler.phase).toBe('rendering');
    calls[0]!.resolve({ result: 'a' });
    await advance(0);
    expect(scheduler.phase).toBe('up-to-date');
    scheduler.change();
    expect(scheduler.phase).toBe('rendering');
    await advance(130);
    calls[1]!.reject(new HttpFailure(503));
    await advance(0);
    expect(scheduler.phase).toBe('waiting');
    scheduler.stop();
    expect(statuses).toEqual(expect.arrayContaining(['rendering', 'up-to-date', 'waiting', 'off']));
  });

  it('backs off after a 5xx or a network error and resumes when the server answers', async () => {
    const { scheduler, calls, shown, errors } = setup();
    scheduler.start();
    await advance(0);
    calls[0]!.reject(new HttpFailure(503));
    await advance(0);
    expect(errors[0]!.retryInMs).toBe(1000);
    await advance(999);
    expect(calls).toHaveLength(1);
    await advance(1);
    expect(calls).toHaveLength(2);
    calls[1]!.reject(new TypeError('Failed to fetch') as unknown as HttpFailure);
    await advance(0);
    expect(errors[1]!.retryInMs).toBe(2000);
    await advance(2000);
    expect(calls).toHaveLength(3);
    calls[2]!.resolve({ result: 'back' });
    await advance(0);
    expect(shown.map((s) => s.result)).toEqual(['back']);
    // After a success the normal cadence returns.
    scheduler.change();
    await advance(130);
    expect(calls).toHaveLength(4);
  });

  it('waits as long as a 429 says', async () => {
    const { scheduler, calls, errors } = setup();
    scheduler.start();
    await advance(0);
    calls[0]!.reject(new HttpFailure(429, 5000));
    await advance(0);
    expect(errors[0]!.retryInMs).toBe(5000);
    scheduler.change();
    await advance(4999);
    expect(calls).toHaveLength(1);
    await advance(1);
    expect(calls).toHaveLength(2);
  });

  it('does not retry a request the server refused as invalid, until the next change', async () => {
    const { scheduler, calls, errors } = setup();
    scheduler.start();
    await advance(0);
    calls[0]!.reject(new HttpFailure(400));
    await advance(0);
    expect(errors[0]!.retryInMs).toBeNull();
    await advance(30_000);
    expect(calls).toHaveLength(1);
    scheduler.change();
    await advance(0);
    expect(calls).toHaveLength(2);
  });

  it('aborts the request in flight and sends nothing more when turned off', async () => {
    const { scheduler, calls, shown } = setup({}, { honourAbort: false });
    scheduler.start();
    await advance(0);
    scheduler.stop();
    expect(calls[0]!.request.signal.aborted).toBe(true);
    expect(scheduler.stats.aborted).toBe(1);
    // An answer that comes anyway, after live mode went off, is not shown.
    calls[0]!.resolve({ result: 'late' });
    scheduler.change();
    await advance(1000);
    expect(calls).toHaveLength(1);
    expect(shown).toHaveLength(0);
  });

  it('sends strictly increasing timestamps even within one millisecond', async () => {
    const { scheduler, calls } = setup({ intervalMs: 0 });
    scheduler.start();
    await advance(0);
    for (let i = 0; i < 2; i++) {
      calls.at(-1)!.resolve({ result: String(i) });
      scheduler.change();
      await advance(0);
    }
    const times = calls.map((call) => call.request.timestamp);
    expect(times).toHaveLength(3);
    expect(new Set(times).size).toBe(3);
    expect([...times].sort()).toEqual(times);
  });
});
