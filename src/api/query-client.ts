import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error.ts';
import { watchJobSettlements } from './jobs.ts';

/** Attempts in all, the first one included. */
export const MAX_ATTEMPTS = 3;
export const BASE_BACKOFF_MS = 1_000;
export const MAX_BACKOFF_MS = 30_000;
/** A Retry-After longer than this is shown to the user instead of silently waited out. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Whether a failed request is worth repeating. Only failures that say "try again" are retried:
 * 429 (rate limit), 5xx and network errors. Other 4xx mean the request itself is wrong (a bad key,
 * a field out of range, moderation) and repeating it would only repeat the answer.
 */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.status === 429) {
    return error.retryAfterMs === undefined || error.retryAfterMs <= MAX_RETRY_AFTER_MS;
  }
  return error.status === 0 || error.status >= 500;
}

/** react-query calls this with the number of failures so far (0 after the first one). */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  return failureCount + 1 < MAX_ATTEMPTS && isRetryable(error);
}

/**
 * Mutations create things (generations cost tokens), and a 5xx or a dropped connection leaves it
 * unknown whether the server acted. Only a 429, which says the request was refused, is safe to repeat.
 */
export function shouldRetryMutation(failureCount: number, error: unknown): boolean {
  return (
    failureCount + 1 < MAX_ATTEMPTS &&
    isApiError(error) &&
    isRetryable(error) &&
    error.status === 429
  );
}

/** Honours Retry-After when the server sent one, otherwise doubles from one second. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterMs !== undefined) {
    return Math.min(error.retryAfterMs, MAX_RETRY_AFTER_MS);
  }
  return Math.min(BASE_BACKOFF_MS * 2 ** failureCount, MAX_BACKOFF_MS);
}

/**
 * The studio's query client. It carries the job model with it: whoever observes a job, its
 * settling reaches the lists that show it (src/api/jobs.ts).
 */
export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetryQuery,
        retryDelay,
        // Generations and assets change only through this studio or finished jobs, which invalidate.
        staleTime: 30_000,
      },
      mutations: {
        retry: shouldRetryMutation,
        retryDelay,
      },
    },
  });
  watchJobSettlements(queryClient);
  return queryClient;
}
