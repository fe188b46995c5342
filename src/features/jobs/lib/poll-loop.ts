import type { JobStatus } from '../../../../contract/limits.ts';
import { errorDelay, isTransientPollError, pollDelay } from './poll-schedule.ts';

export interface PollResult {
  status: JobStatus;
  /** Why the job failed, when the server says. */
  message?: string | null;
}

export type PollEvent =
  | { type: 'checked'; result: PollResult; nextInMs: number | null }
  | { type: 'retrying'; error: unknown; retryInMs: number }
  | { type: 'given-up'; error: unknown };

export interface PollLoopOptions {
  poll: (signal: AbortSignal) => Promise<PollResult>;
  onEvent: (event: PollEvent) => void;
  signal: AbortSignal;
  /** Resolves at once while the tab is visible; otherwise when it becomes visible again. */
  whenVisible: (signal: AbortSignal) => Promise<void>;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}

const aborted = (signal: AbortSignal) => signal.aborted;

/**
 * Checks a job until it is COMPLETE or FAILED, on the schedule in poll-schedule.ts, pausing while
 * the tab is hidden. Ends quietly when `signal` aborts (the tray unmounted or the job was dismissed).
 */
export async function runPollLoop(options: PollLoopOptions): Promise<void> {
  const { poll, onEvent, signal, whenVisible, sleep } = options;
  let checks = 0;
  let failures = 0;
  while (!aborted(signal)) {
    await whenVisible(signal);
    if (aborted(signal)) return;
    let result: PollResult;
    try {
      result = await poll(signal);
    } catch (error) {
      if (aborted(signal)) return;
      if (!isTransientPollError(error)) {
        onEvent({ type: 'given-up', error });
        return;
      }
      failures += 1;
      const retryInMs = errorDelay(failures, error);
      onEvent({ type: 'retrying', error, retryInMs });
      await sleep(retryInMs, signal);
      continue;
    }
    failures = 0;
    const done = result.status !== 'PENDING';
    const nextInMs = done ? null : pollDelay(checks);
    checks += 1;
    onEvent({ type: 'checked', result, nextInMs });
    if (done) return;
    await sleep(nextInMs ?? 0, signal);
  }
}

/** setTimeout that resolves early (without throwing) when the signal aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Waits for `document.visibilityState` to be "visible" (or the signal to abort). */
export function whenDocumentVisible(signal: AbortSignal, doc: Document = document): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || doc.visibilityState === 'visible') return resolve();
    function check() {
      if (doc.visibilityState !== 'visible' && !signal.aborted) return;
      doc.removeEventListener('visibilitychange', check);
      signal.removeEventListener('abort', check);
      resolve();
    }
    doc.addEventListener('visibilitychange', check);
    signal.addEventListener('abort', check, { once: true });
  });
}
