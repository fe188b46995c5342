import { isApiError } from '../../../api/api-error.ts';

export const POLL_FIRST_MS = 1_000;
export const POLL_MAX_MS = 5_000;
export const POLL_GROWTH = 1.5;
export const ERROR_FIRST_MS = 2_000;
export const ERROR_MAX_MS = 30_000;
/** The longest Retry-After waited out; a longer one still retries, at this interval. */
export const RETRY_AFTER_CAP_MS = 60_000;

/**
 * Wait before the next status check of a job still running: 1 s, then growing by half each time
 * up to 5 s. Short jobs are seen finishing quickly; long ones do not cost a request a second.
 */
export function pollDelay(checksSoFar: number): number {
  const n = Math.max(0, checksSoFar);
  return Math.min(POLL_MAX_MS, Math.round(POLL_FIRST_MS * POLL_GROWTH ** n));
}

/**
 * Wait after a failed check. A 429's Retry-After is honoured; otherwise (network down, 5xx) the
 * wait doubles from 2 s to 30 s. The job is never given up: it is the user's, and still running.
 */
export function errorDelay(failuresInARow: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterMs !== undefined) {
    return Math.min(Math.max(error.retryAfterMs, POLL_FIRST_MS), RETRY_AFTER_CAP_MS);
  }
  const n = Math.max(1, failuresInARow);
  return Math.min(ERROR_MAX_MS, ERROR_FIRST_MS * 2 ** (n - 1));
}

/**
 * Whether a failed check is worth repeating. A 4xx other than 429 (the job was deleted, the key
 * was revoked) will answer the same again, so the job is marked failed with the API's message.
 */
export function isTransientPollError(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}
