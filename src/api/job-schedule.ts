import { isApiError } from './api-error.ts';

export const POLL_FIRST_MS = 1_000;
export const POLL_MAX_MS = 5_000;
export const POLL_GROWTH = 1.5;
export const ERROR_FIRST_MS = 2_000;
export const ERROR_MAX_MS = 30_000;
/** The longest Retry-After waited out; a longer one still retries, at this interval. */
export const RETRY_AFTER_CAP_MS = 60_000;

/**
 * Wait before the next look at a job still running, after `checksSoFar` answers: 1 s, then
 * growing by half each time up to 5 s. Short jobs are seen finishing quickly; long ones cost at
 * most 12 requests a minute, well inside the API's 100-a-minute limits.
 */
export function pollDelay(checksSoFar: number): number {
  const n = Math.max(0, checksSoFar - 1);
  return Math.min(POLL_MAX_MS, Math.round(POLL_FIRST_MS * POLL_GROWTH ** n));
}

/**
 * Wait after failed looks in a row. A 429's Retry-After is honoured; otherwise (network down,
 * 5xx) the wait doubles from 2 s to 30 s. The job is never given up for these: it is still the
 * user's, and still running.
 */
export function errorDelay(failuresInARow: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterMs !== undefined) {
    return Math.min(Math.max(error.retryAfterMs, POLL_FIRST_MS), RETRY_AFTER_CAP_MS);
  }
  const n = Math.max(1, failuresInARow);
  return Math.min(ERROR_MAX_MS, ERROR_FIRST_MS * 2 ** (n - 1));
}

/**
 * Whether a failed look is worth repeating. Another 4xx (the job was deleted, the key revoked)
 * would answer the same again, so the job ends as failed with the API's message.
 */
export function isTransientError(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}
