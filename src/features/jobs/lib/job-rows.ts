import type { TrackedJob } from '../store/job-list-store.ts';
import type { QueuedJob } from './job-queue.ts';

export type JobRowState =
  /** Waiting in the studio's queue for a free slot. */
  | 'queued'
  /** On its way to the server. */
  | 'sending'
  /** The server refused it, or it never reached the server: "Retry" sends it again. */
  | 'not-sent'
  | 'running'
  | 'complete'
  | 'failed';

/** One job as the tray and the views' results show it, from "Queued" to its end. */
export interface JobRowModel {
  /** Stable for the job's whole life: the queue entry's id once it had one, else the job's. */
  key: string;
  kind: string;
  label: string;
  state: JobRowState;
  /** When the user asked for it: rows are newest first by this. */
  requestedAt: number;
  /** When the server took it (null before). */
  startedAt: number | null;
  finishedAt: number | null;
  message: string | null;
  /** The server's job id once it has one. */
  jobId: string | null;
  /** The request, for "Retry" and for what a result will hold (its number of images). */
  body: unknown;
  origin: string | null;
  /** The tracked job, once there is one. */
  job: TrackedJob | null;
}

const ENTRY_STATES = {
  queued: 'queued',
  sending: 'sending',
  failed: 'not-sent',
} as const satisfies Record<QueuedJob['state'], JobRowState>;

export const isActive = (state: JobRowState) =>
  state === 'queued' || state === 'sending' || state === 'running';

export function entryRow(entry: QueuedJob): JobRowModel {
  return {
    key: entry.id,
    kind: entry.kind,
    label: entry.label,
    state: ENTRY_STATES[entry.state],
    requestedAt: entry.queuedAt,
    startedAt: null,
    finishedAt: null,
    message: entry.error?.message ?? null,
    jobId: null,
    body: entry.body,
    origin: entry.origin ?? null,
    job: null,
  };
}

export function jobRow(job: TrackedJob): JobRowModel {
  return {
    key: job.queueId ?? job.id,
    kind: job.kind,
    label: job.label,
    state: job.phase,
    requestedAt: job.requestedAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    message: job.message,
    jobId: job.id,
    body: job.body,
    origin: job.origin,
    job,
  };
}

const newestFirst = (a: JobRowModel, b: JobRowModel) =>
  b.requestedAt - a.requestedAt || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0);

/** The tray's rows: everything queued, and every job not dismissed from it, newest first. */
export function trayRows(
  entries: readonly QueuedJob[],
  jobs: readonly TrackedJob[],
): JobRowModel[] {
  return [...entries.map(entryRow), ...jobs.filter((j) => j.inTray).map(jobRow)].sort(newestFirst);
}

/** What one view started (its results), queued or sent, newest first; a view's own "Clear" aside. */
export function originRows(
  entries: readonly QueuedJob[],
  jobs: readonly TrackedJob[],
  origin: string,
): JobRowModel[] {
  return [
    ...entries.filter((e) => e.origin === origin).map(entryRow),
    ...jobs.filter((j) => j.origin === origin).map(jobRow),
  ].sort(newestFirst);
}

/** "2 running, 1 queued" for the tray's heading and button; "all finished" when nothing is left. */
export function traySummary(rows: readonly JobRowModel[]): string {
  const running = rows.filter((r) => r.state === 'running' || r.state === 'sending').length;
  const queued = rows.filter((r) => r.state === 'queued').length;
  const parts = [running > 0 ? `${running} running` : null, queued > 0 ? `${queued} queued` : null];
  const text = parts.filter(Boolean).join(', ');
  return text || 'all finished';
}
