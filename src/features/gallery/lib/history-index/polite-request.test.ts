import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../api/api-error.ts';
import {
  FillRefused,
  FillStopped,
  politely,
  retryDelay,
  sleep,
  whenVisible,
  type PoliteContext,
} from './polite-request.ts';
import { fakeVisibility } from './test-helpers.ts';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => vi.useRealTimers());

const error = (status: number, retryAfterMs?: number) =>
  new ApiError({
    status,
    code: 'x',
    message: `HTTP ${status}`,
    path: '$',
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });

describe('retryDelay', () => {
  it('retries 429, 5xx and network failures; not other refusals', () => {
    expect(retryDelay(error(429, 3_000), 0)).toBe(3_000);
    expect(retryDelay(error(429), 0)).toBe(1_000);
    expect(retryDelay(error(503), 3)).toBe(8_000);
    expect(retryDelay(error(500), 30)).toBe(60_000);
    expect(retryDelay(error(0), 1)).toBe(2_000);
    expect(retryDelay(new TypeError('fetch failed'), 0)).toBe(1_000);
    expect(retryDelay(error(429, 24 * 3_600_000), 0)).toBe(15 * 60_000);
    for (const status of [400, 401, 403, 404]) expect(retryDelay(error(status), 0)).toBeNull();
  });
});

describe('politely', () => {
  const context = (
    signal: AbortSignal,
    visibility = fakeVisibility(),
  ): PoliteContext & { waits: string[] } => {
    const waits: string[] = [];
    return {
      signal,
      visibility,
      now: () => Date.now(),
      onWait: (s) => waits.push(s),
      onResume: () => waits.push('resume'),
      waits,
    };
  };

  it('waits for the tab to be visible before asking', async () => {
    const visibility = fakeVisibility(true);
    const request = vi.fn(async () => 'page');
    const ctx = context(new AbortController().signal, visibility);
    const answer = politely(request, ctx);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(request).not.toHaveBeenCalled();
    visibility.set(false);
    await expect(answer).resolves.toBe('page');
    expect(ctx.waits).toEqual(['paused', 'resume']);
  });

  it('gives up with FillRefused on a refusal, keeping the server error', async () => {
    const refused = politely(async () => {
      throw error(401);
    }, context(new AbortController().signal));
    await expect(refused).rejects.toBeInstanceOf(FillRefused);
    await expect(refused).rejects.toMatchObject({ message: 'HTTP 401', cause: { status: 401 } });
  });

  it('stops during a wait, and drops an answer that arrives after a stop', async () => {
    const controller = new AbortController();
    const waiting = politely(async () => {
      throw error(503);
    }, context(controller.signal));
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(FillStopped);

    const late = new AbortController();
    const answer = politely(async () => {
      late.abort();
      return 'stale';
    }, context(late.signal));
    await expect(answer).rejects.toBeInstanceOf(FillStopped);
  });
});

describe('sleep and whenVisible', () => {
  it('reject at once when already stopped', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(sleep(10, controller.signal)).rejects.toBeInstanceOf(FillStopped);
    await expect(whenVisible(fakeVisibility(true), controller.signal)).rejects.toBeInstanceOf(
      FillStopped,
    );
  });

  it('whenVisible stops waiting on abort and unsubscribes', async () => {
    const controller = new AbortController();
    const visibility = fakeVisibility(true);
    const subscribe = vi.spyOn(visibility, 'subscribe');
    const waiting = whenVisible(visibility, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(FillStopped);
    expect(subscribe).toHaveBeenCalledTimes(1);
    visibility.set(false);
  });
});
