import {
  EMPTY_QUEUE,
  cancel as cancelEntry,
  classifyFailure,
  enqueue as enqueueEntry,
  markSending,
  next,
  retry as retryEntry,
  settle,
  type JobQueueState,
  type QueuedJob,
} from './job-queue.ts';
import { createSessionQueueStorage, type QueueStorage } from './job-queue-storage.ts';

/** Ids that need only be unique here: randomUUID is missing where the page is not a secure context (an engine on a LAN address). */
const localId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export interface JobQueueOptions<Result> {
  /** `${baseUrl}\n${userId}`: each server and user has a queue of its own. */
  scope: string;
  /** Sends one entry's request: resolves with the server's answer, or throws its ApiError. */
  send: (entry: QueuedJob) => Promise<Result>;
  /** The user's own jobs running now (the tray knows). */
  running: () => number;
  /**
   * The server's running-jobs limit (Leonardo: 10; the engine's LEO_ENGINE_MAX_JOBS), or a way
   * to read it when it is learned later (GET /me's apiConcurrencySlots).
   */
  limit: number | (() => number);
  /** Called once per sent entry, before anything else is sent: the tray starts following the job. */
  onSent: (entry: QueuedJob, result: Result) => void;
  storage?: QueueStorage;
  now?: () => number;
  newId?: () => string;
}

export interface JobQueue {
  getSnapshot(): JobQueueState;
  subscribe(listener: () => void): () => void;
  /** Puts a job in line and sends it at once if a slot is free. */
  enqueue(job: { kind: string; label: string; body: unknown; origin?: string | null }): QueuedJob;
  /** Takes a queued or failed job out; false for one already on its way. */
  cancel(id: string): boolean;
  /** Puts a failed job back in line, at the end. */
  retry(id: string): void;
  /** Decides again: call when one of the user's jobs finishes (a slot freed). */
  pump(): void;
  dispose(): void;
}

/**
 * Runs the queue: sends what may go out, one request per entry and never two (an entry is
 * "sending" from the moment it is chosen), applies each answer, keeps the state in storage and
 * wakes itself when a pause ends.
 */
export function createJobQueue<Result>(options: JobQueueOptions<Result>): JobQueue {
  const storage = options.storage ?? createSessionQueueStorage(options.scope);
  const now = options.now ?? (() => Date.now());
  const newId = options.newId ?? localId;
  const limit = typeof options.limit === 'function' ? options.limit : () => options.limit as number;
  const listeners = new Set<() => void>();
  let state: JobQueueState = storage.load() ?? EMPTY_QUEUE;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  function commit(next: JobQueueState): void {
    if (next === state) return;
    state = next;
    storage.save(state);
    for (const listener of [...listeners]) listener();
  }

  function send(entry: QueuedJob): void {
    options.send(entry).then(
      (result) => {
        if (disposed) return;
        commit(settle(state, entry.id, { type: 'sent' }, now()));
        options.onSent(entry, result);
        pump();
      },
      (error: unknown) => {
        if (disposed) return;
        commit(settle(state, entry.id, classifyFailure(error, options.running()), now()));
        pump();
      },
    );
  }

  function pump(): void {
    if (disposed) return;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const decision = next(state, { running: options.running(), limit: limit(), now: now() });
    if (decision.wakeAt !== null) timer = setTimeout(pump, Math.max(0, decision.wakeAt - now()));
    if (decision.ids.length === 0) return;
    commit(markSending(state, decision.ids));
    for (const id of decision.ids) send(state.entries.find((e) => e.id === id)!);
  }

  // A queue read back after a reload goes on by itself.
  queueMicrotask(pump);

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    enqueue(job) {
      const id = newId();
      commit(enqueueEntry(state, { ...job, id, queuedAt: now() }));
      pump();
      return state.entries.find((e) => e.id === id)!;
    },
    cancel(id) {
      const before = state;
      commit(cancelEntry(state, id));
      return state !== before;
    },
    retry(id) {
      commit(retryEntry(state, id, now()));
      pump();
    },
    pump,
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      listeners.clear();
    },
  };
}
