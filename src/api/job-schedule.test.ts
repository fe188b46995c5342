import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { errorDelay, isTransientError, pollDelay } from './job-schedule.ts';

const apiError = (status: number, retryAfterMs?: number) =>
  new ApiError({
    status,
    code: 'x',
    message: 'x',
    path: '$',
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });

describe('pollDelay', () => {
  it('starts at 1 s after the first answer and grows to 5 s, never more', () => {
    const delays = Array.from({ length: 8 }, (_, n) => pollDelay(n + 1));
    expect(delays).toEqual([1000, 1500, 2250, 3375, 5000, 5000, 5000, 5000]);
    expect(pollDelay(1000)).toBe(5000);
    expect(pollDelay(0)).toBe(1000);
  });
});

describe('errorDelay', () => {
  it('honours Retry-After, within bounds', () => {
    expect(errorDelay(1, apiError(429, 7000))).toBe(7000);
    expect(errorDelay(1, apiError(429, 0))).toBe(1000);
    expect(errorDelay(1, apiError(429, 3_600_000))).toBe(60_000);
  });

  it('doubles from 2 s to 30 s without one', () => {
    const network = apiError(0);
    expect([1, 2, 3, 4, 5, 6].map((n) => errorDelay(n, network))).toEqual([
      2000, 4000, 8000, 16000, 30000, 30000,
    ]);
  });
});

describe('isTransientError', () => {
  it('retries network, 429 and 5xx; gives up on other answers', () => {
    expect(isTransientError(apiError(0))).toBe(true);
    expect(isTransientError(apiError(429))).toBe(true);
    expect(isTransientError(apiError(503))).toBe(true);
    expect(isTransientError(apiError(404))).toBe(false);
    expect(isTransientError(apiError(401))).toBe(false);
    expect(isTransientError(new Error('bug'))).toBe(false);
  });
});
