import { isRecord, readTabJson, writeTabJson } from '../../../lib/tab-storage.ts';
import {
  EMPTY_QUEUE,
  RELOADED_WHILE_SENDING,
  type JobQueueState,
  type QueueError,
  type QueuedJob,
} from './job-queue.ts';

/** The queue of one server and user, kept in this tab's sessionStorage so it survives a reload. */
export interface QueueStorage {
  load(): JobQueueState;
  save(state: JobQueueState): void;
}

export const jobQueueStorageKey = (scope: string) =>
  `leonardo-studio.job-queue:${encodeURIComponent(scope)}`;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function parseError(value: unknown): QueueError | null {
  if (!isRecord(value)) return null;
  const { status, code, message } = value;
  return isCount(status) && typeof code === 'string' && typeof message === 'string'
    ? { status, code, message }
    : null;
}

function parseEntry(value: unknown): QueuedJob | null {
  if (!isRecord(value)) return null;
  const { id, kind, label, body, queuedAt, seq, state, error } = value;
  if (typeof id !== 'string' || id === '' || typeof kind !== 'string' || typeof label !== 'string')
    return null;
  if (!isTime(queuedAt) || !isCount(seq) || body === undefined) return null;
  const common = {
    id,
    kind,
    label,
    body,
    ...(typeof value.origin === 'string' ? { origin: value.origin } : {}),
    queuedAt,
    seq,
  };
  if (state === 'queued') return { ...common, state, error: null };
  const failure = parseError(error);
  if (state === 'failed' && failure) return { ...common, state, error: failure };
  // On its way when the tab went away: it may have started, so it is never sent again by itself.
  if (state === 'sending') {
    return {
      ...common,
      state: 'failed',
      error: { status: 0, code: 'interrupted', message: RELOADED_WHILE_SENDING },
    };
  }
  return null;
}

/** A queue read back from storage: anything malformed is dropped, entry by entry. */
export function parseQueue(value: unknown): JobQueueState {
  if (!isRecord(value) || !Array.isArray(value.entries)) return EMPTY_QUEUE;
  const seen = new Set<string>();
  const entries = value.entries
    .map(parseEntry)
    .filter((e): e is QueuedJob => e !== null && !seen.has(e.id) && (seen.add(e.id), true))
    .sort((a, b) => a.seq - b.seq);
  const learned = value.learnedLimit;
  const learnedLimit =
    isRecord(learned) && isCount(learned.limit) && learned.limit > 0 && isTime(learned.until)
      ? { limit: learned.limit, until: learned.until }
      : null;
  const maxSeq = entries.reduce((max, e) => Math.max(max, e.seq), 0);
  return {
    entries,
    nextSeq: Math.max(isCount(value.nextSeq) ? value.nextSeq : 1, maxSeq + 1),
    learnedLimit,
    pausedUntil: isTime(value.pausedUntil) ? value.pausedUntil : null,
  };
}

export function createSessionQueueStorage(
  scope: string,
  storage: Storage = sessionStorage,
): QueueStorage {
  const key = jobQueueStorageKey(scope);
  return {
    load: () => parseQueue(readTabJson(key, storage)),
    save: (state) => writeTabJson(key, state, storage),
  };
}
