import { isApiError } from '../../../../api/api-error.ts';
import type { VisibilitySource } from './visibility.ts';

/** The fill was stopped (stop(), dispose()): not an error to show. */
export class FillStopped extends Error {
  override readonly name = 'FillStopped';
}

/** The server refused in a way trying again will not fix (a bad key, a missing user). */
export class FillRefused extends Error {
  override readonly name = 'FillRefused';
}

const BACKOFF_START_MS = 1_000;
const BACKOFF_MAX_MS = 60_000;
/** A Retry-After longer than this is taken as this: the fill tries again, politely, rather than give up. */
const RETRY_AFTER_MAX_MS = 15 * 60_000;

/** How long to wait before trying again, or null when trying again will not help. */
export function retryDelay(error: unknown, attempt: number): number | null {
  // Anything that is not an answer from the server (fetch failing, a timeout) is worth a retry.
  const status = isApiError(error) ? error.status : 0;
  if (status !== 0 && status !== 429 && status < 500) return null;
  const retryAfter = isApiError(error) ? error.retryAfterMs : undefined;
  if (retryAfter !== undefined) return Math.min(retryAfter, RETRY_AFTER_MAX_MS);
  return Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** attempt);
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new FillStopped());
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new FillStopped());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export function whenVisible(visibility: VisibilitySource, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new FillStopped());
    if (!visibility.isHidden()) return resolve();
    const done = () => {
      unsubscribe();
      signal.removeEventListener('abort', onAbort);
    };
    const unsubscribe = visibility.subscribe(() => {
      if (visibility.isHidden()) return;
      done();
      resolve();
    });
    const onAbort = () => {
      done();
      reject(new FillStopped());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export interface PoliteContext {
  signal: AbortSignal;
  visibility: VisibilitySource;
  now: () => number;
  /** Told when the fill pauses (hidden tab) or waits to retry, and when it goes on. */
  onWait: (state: 'paused' | 'waiting', retryAt: number | null) => void;
  onResume: () => void;
}

/**
 * Runs one request the polite way: never while the tab is hidden, and after a 429, a 5xx or a
 * network failure, again after Retry-After or an exponential backoff. Throws FillStopped when
 * stopped, FillRefused (with the server's error as cause) when trying again will not help.
 */
export async function politely<T>(
  request: (signal: AbortSignal) => Promise<T>,
  context: PoliteContext,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    if (context.visibility.isHidden()) {
      context.onWait('paused', null);
      await whenVisible(context.visibility, context.signal);
      context.onResume();
    }
    let answer: T;
    try {
      answer = await request(context.signal);
    } catch (error) {
      if (context.signal.aborted) throw new FillStopped();
      const delay = retryDelay(error, attempt);
      if (delay === null) {
        throw new FillRefused(error instanceof Error ? error.message : String(error), {
          cause: error,
        });
      }
      context.onWait('waiting', context.now() + delay);
      await sleep(delay, context.signal);
      context.onResume();
      continue;
    }
    // An answer that arrives after stop() is not used: the index may have moved on (rebuilt).
    if (context.signal.aborted) throw new FillStopped();
    return answer;
  }
}
