import { isApiError } from '../../../api/api-error.ts';

/**
 * The client-side queue for paid requests: when the server's running-jobs limit is reached,
 * further jobs wait here ("Queued") and go out as slots free up. Pure: every function takes a
 * state and answers a new one; job-queue-dispatcher.ts runs it.
 */

export type QueueEntryState = 'queued' | 'sending' | 'failed';

export interface QueueError {
  status: number;
  code: string;
  message: string;
}

export interface QueuedJob {
  id: string;
  /** What kind of job the body makes (e.g. text-to-image), for the dispatcher's sender and the tray. */
  kind: string;
  /** What the tray shows: the prompt. */
  label: string;
  /** The request body, as it will be sent. */
  body: unknown;
  /** The view the job was started from (e.g. "generate"), which shows it among its results. */
  origin?: string | null;
  /** Epoch ms. */
  queuedAt: number;
  /** First in, first out: entries go out in this order. */
  seq: number;
  state: QueueEntryState;
  /** Why it failed (state "failed"), for the tray and its Retry button. */
  error: QueueError | null;
}

export interface JobQueueState {
  /** In `seq` order. */
  entries: readonly QueuedJob[];
  nextSeq: number;
  /** A running-jobs limit learned from a 429, lower than the configured one, until `until`. */
  learnedLimit: { limit: number; until: number } | null;
  /** Nothing goes out before this (a per-minute 429's Retry-After). */
  pausedUntil: number | null;
}

export const EMPTY_QUEUE: JobQueueState = {
  entries: [],
  nextSeq: 1,
  learnedLimit: null,
  pausedUntil: null,
};

/** A learned limit is forgotten after this, so slots freed elsewhere (another tab) are used again. */
export const LEARNED_LIMIT_MS = 60_000;
/** Waits when the server gave no Retry-After: a per-minute window surely turns in a minute. */
export const RATE_LIMIT_WAIT_MS = 60_000;
export const RUNNING_LIMIT_WAIT_MS = 5_000;

export const RELOADED_WHILE_SENDING =
  'The studio was reloaded while this job was being sent: it may have started. Check History before trying again.';

export interface NewQueuedJob {
  id: string;
  kind: string;
  label: string;
  body: unknown;
  origin?: string | null;
  queuedAt: number;
}

export function enqueue(state: JobQueueState, job: NewQueuedJob): JobQueueState {
  const entry: QueuedJob = { ...job, seq: state.nextSeq, state: 'queued', error: null };
  return { ...state, entries: [...state.entries, entry], nextSeq: state.nextSeq + 1 };
}

/** Whether an entry can be cancelled: not while it is on its way to the server. */
export const canCancel = (entry: QueuedJob) => entry.state !== 'sending';

/** Removes a queued or failed entry; a sending one stays (it is already on its way). */
export function cancel(state: JobQueueState, id: string): JobQueueState {
  const entry = state.entries.find((e) => e.id === id);
  if (!entry || !canCancel(entry)) return state;
  return { ...state, entries: state.entries.filter((e) => e.id !== id) };
}

/** A failed entry goes back in line, at the end, as a new request. */
export function retry(state: JobQueueState, id: string, now: number): JobQueueState {
  const entry = state.entries.find((e) => e.id === id);
  if (!entry || entry.state !== 'failed') return state;
  const again: QueuedJob = {
    ...entry,
    state: 'queued',
    error: null,
    queuedAt: now,
    seq: state.nextSeq,
  };
  return {
    ...state,
    entries: [...state.entries.filter((e) => e.id !== id), again],
    nextSeq: state.nextSeq + 1,
  };
}

export interface Slots {
  /** The user's own jobs running on the server now. */
  running: number;
  /** The server's running-jobs limit as configured (Leonardo: 10). */
  limit: number;
  now: number;
}

export interface Decision {
  /** Entries that may go out now, first in first out. */
  ids: string[];
  /** When to decide again without any other event (a pause or a learned limit ends). */
  wakeAt: number | null;
}

/** Which entries may go out now: as many as there are free slots, oldest first. */
export function next(state: JobQueueState, { running, limit, now }: Slots): Decision {
  const queued = state.entries.filter((e) => e.state === 'queued');
  if (queued.length === 0) return { ids: [], wakeAt: null };
  if (state.pausedUntil !== null && now < state.pausedUntil) {
    return { ids: [], wakeAt: state.pausedUntil };
  }
  const learned = state.learnedLimit && now < state.learnedLimit.until ? state.learnedLimit : null;
  const sending = state.entries.filter((e) => e.state === 'sending').length;
  const free = Math.max(0, Math.min(limit, learned?.limit ?? limit) - running - sending);
  return {
    ids: queued.slice(0, free).map((e) => e.id),
    wakeAt: free === 0 && learned ? learned.until : null,
  };
}

export function markSending(state: JobQueueState, ids: readonly string[]): JobQueueState {
  const chosen = new Set(ids);
  return {
    ...state,
    entries: state.entries.map((e) =>
      chosen.has(e.id) && e.state === 'queued' ? { ...e, state: 'sending' } : e,
    ),
  };
}

export type SendOutcome =
  | { type: 'sent' }
  /** 429: the user has as many jobs running as the server allows. Not a failure: it waits. */
  | { type: 'running-limit'; running: number; retryAfterMs: number | null }
  /** 429: too many requests this minute. Not a failure: everything waits for Retry-After. */
  | { type: 'rate-limit'; retryAfterMs: number | null }
  | { type: 'failed'; error: QueueError };

/**
 * What an error from sending means for the queue. Leonardo answers both limits with a 429 and
 * the same code; the message tells them apart (the engine's say "running"/"at once" and
 * "a minute"), and where it does not, jobs of the user's own running mean the running limit.
 */
export function classifyFailure(error: unknown, running: number): SendOutcome {
  if (!isApiError(error)) {
    const message = error instanceof Error ? error.message : 'The request could not be sent.';
    return { type: 'failed', error: { status: 0, code: 'network-error', message } };
  }
  if (error.status === 429) {
    const retryAfterMs = error.retryAfterMs ?? null;
    if (/minute|per min|requests? a/i.test(error.message))
      return { type: 'rate-limit', retryAfterMs };
    if (/running|concurrent|at once|parallel/i.test(error.message) || running > 0) {
      return { type: 'running-limit', running, retryAfterMs };
    }
    return { type: 'rate-limit', retryAfterMs };
  }
  return {
    type: 'failed',
    error: { status: error.status, code: error.code, message: error.message },
  };
}

const replace = (state: JobQueueState, id: string, change: Partial<QueuedJob>) => ({
  ...state,
  entries: state.entries.map((e) => (e.id === id ? { ...e, ...change } : e)),
});

/**
 * Applies what came of sending one entry. Sent: it leaves the queue (the tray follows the job
 * from here). A limit: it goes back in line where it was, ahead of every later entry. Failed:
 * it stays, with the reason, for Retry.
 */
export function settle(
  state: JobQueueState,
  id: string,
  outcome: SendOutcome,
  now: number,
): JobQueueState {
  const entry = state.entries.find((e) => e.id === id);
  if (!entry || entry.state !== 'sending') return state;
  switch (outcome.type) {
    case 'sent':
      return { ...state, entries: state.entries.filter((e) => e.id !== id) };
    case 'failed':
      return replace(state, id, { state: 'failed', error: outcome.error });
    case 'rate-limit':
      return {
        ...replace(state, id, { state: 'queued' }),
        pausedUntil: now + (outcome.retryAfterMs ?? RATE_LIMIT_WAIT_MS),
      };
    case 'running-limit': {
      const limit = Math.max(1, outcome.running);
      // With none of the user's own jobs running, no finish will wake the queue: wait instead.
      const pausedUntil =
        outcome.running === 0
          ? now + (outcome.retryAfterMs ?? RUNNING_LIMIT_WAIT_MS)
          : state.pausedUntil;
      return {
        ...replace(state, id, { state: 'queued' }),
        learnedLimit: { limit, until: now + LEARNED_LIMIT_MS },
        pausedUntil,
      };
    }
  }
}
