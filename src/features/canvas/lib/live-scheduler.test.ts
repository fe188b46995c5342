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
      classify: (error) => {
        const status = error instanceof HttpFailure ? error.status : 0;
        return {
          retry: status === 0 || status === 429 || status >= 500,
          afterMs: error instanceof HttpFailure ? error.afterMs : undefined,
        };
      },
    },
    { intervalMs: 130, starvationMs: 1000, backoffBaseMs: 1000, backoffMaxMs: 8000, ...options },
  );
  return { scheduler, calls, shown, errors };
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

  it('sends at most once per interval however often the sketch changes', async () => {
    const { scheduler, calls } = setup();
    scheduler.start();
    await advance(0);
    calls[0]!.resolve({ result: 'a' });
    // 60 changes over a second, one every 16 ms, each answered at once.
    for (let i = 0; i < 60; i++) {
      scheduler.change();
      await advance(16);
      calls.at(-1)?.resolve({ result: `r${i}` });
    }
    const times = calls.map((call) => call.request.timestamp);
    for (let i = 1; i < times.length; i++) {
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(130);
    }
    expect(calls.length).toBeGreaterThanOrEqual(7);
    expect(calls.length).toBeLessThanOrEqual(9);
  });

  it('follows a stroke being drawn on a server slower than the interval', async () => {
    const { scheduler, calls, shown } = setup();
    scheduler.start();
    await advance(0);
    calls[0]!.resolve({ result: 'before' });
    await advance(0);
    const strokeStart = Date.now();
    const answered = new Set<Call>([calls[0]!]);
    let inFlightAtOnce = 0;
    // Three seconds of drawing, a change every frame; the server answers after 300 ms.
    for (let t = 0; t < 3000; t += 16) {
      scheduler.change();
      await advance(16);
      for (const call of calls) {
        if (answered.has(call) || call.request.signal.aborted) continue;
        if (Date.now() - call.at >= 300) {
          answered.add(call);
          call.resolve({ result: `at ${call.at - strokeStart}` });
        }
      }
      await advance(0);
      const open = calls.filter((c) => !answered.has(c) && !c.request.signal.aborted);
      inFlightAtOnce = Math.max(inFlightAtOnce, open.length);
    }
    const during = calls.filter((call) => call.at >= strokeStart);
    // Requests went out while the stroke was drawn, never closer than the interval…
    expect(during.length).toBeGreaterThanOrEqual(8);
    for (let i = 1; i < during.length; i++) {
      expect(during[i]!.at - during[i - 1]!.at).toBeGreaterThanOrEqual(130);
    }
    // …one in flight at a time, and results were shown before the stroke ended.
    expect(inFlightAtOnce).toBe(1);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    // The stroke ends: its last state is sent and shown.
    await advance(1000);
    const last = calls.at(-1)!;
    expect(last.at).toBeGreaterThanOrEqual(strokeStart + 3000 - 16);
    last.resolve({ result: 'after' });
    await advance(0);
    expect(shown.at(-1)!.result).toBe('after');
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

  it('keeps one request in flight: a newer one aborts the older', async () => {
    const { scheduler, calls, shown } = setup();
    scheduler.start();
    await advance(0);
    scheduler.change();
    await advance(130);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.request.signal.aborted).toBe(true);
    expect(calls[1]!.request.signal.aborted).toBe(false);
    calls[1]!.resolve({ result: 'newest' });
    await advance(0);
    expect(shown.map((s) => s.result)).toEqual(['newest']);
    expect(scheduler.stats.aborted).toBe(1);
  });

  it('drops an answer older than the newest one shown, by requestTimestamp', async () => {
    // The older answer was already on its way when its abort came.
    const { scheduler, calls, shown } = setup({}, { honourAbort: false });
    scheduler.start();
    await advance(0);
    scheduler.change();
    await advance(130);
    // The newer answer arrives first; the older one (it slipped past its abort) arrives after.
    calls[1]!.resolve({ result: 'new', echoedTimestamp: calls[1]!.request.timestamp });
    await advance(0);
    calls[0]!.resolve({ result: 'old', echoedTimestamp: calls[0]!.request.timestamp });
    await advance(0);
    expect(shown.map((s) => s.result)).toEqual(['new']);
    expect(scheduler.stats.dropped).toBe(1);
  });

  it('uses the echoed timestamp over the one it sent', async () => {
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
  });

  it('reports the round-trip time', async () => {
    const { scheduler, calls, shown } = setup();
    scheduler.start();
    await advance(0);
    await advance(85);
    calls[0]!.resolve({ result: 'a' });
    await advance(0);
    expect(shown[0]!.roundTripMs).toBe(85);
  });

  it('lets a slow request finish instead of starving the user', async () => {
    const { scheduler, calls, shown } = setup();
    scheduler.start();
    await advance(0);
    // The user keeps drawing while the server takes 3 s per answer.
    for (let i = 0; i < 40; i++) {
      scheduler.change();
      await advance(50);
    }
    const live = calls.filter((call) => !call.request.signal.aborted);
    expect(live).toHaveLength(1);
    live[0]!.resolve({ result: 'slow but shown' });
    await advance(0);
    expect(shown.map((s) => s.result)).toEqual(['slow but shown']);
    // …and the newest change goes out right after.
    expect(calls.at(-1)!.request.signal.aborted).toBe(false);
    expect(calls.at(-1)).not.toBe(live[0]);
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
    const { scheduler, calls, shown } = setup();
    scheduler.start();
    await advance(0);
    scheduler.stop();
    expect(calls[0]!.request.signal.aborted).toBe(true);
    scheduler.change();
    await advance(1000);
    expect(calls).toHaveLength(1);
    expect(shown).toHaveLength(0);
  });

  it('sends strictly increasing timestamps even within one millisecond', async () => {
    const { scheduler, calls } = setup({ intervalMs: 0 });
    scheduler.start();
    await advance(0);
    scheduler.change();
    await advance(0);
    scheduler.change();
    await advance(0);
    const times = calls.map((call) => call.request.timestamp);
    expect(times).toHaveLength(3);
    expect(new Set(times).size).toBe(3);
    expect([...times].sort()).toEqual(times);
  });
});
