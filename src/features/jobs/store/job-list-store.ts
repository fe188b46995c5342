import { create } from 'zustand';
import { isRecord, readSessionJson, writeSessionJson } from './session-json.ts';

/**
 * Kinds of long-running job the tray follows. Text-to-image now; motion and texture reuse the
 * same tray later by adding a kind here and a poller in the jobs feature.
 */
export type JobKind = 'text-to-image' | 'motion' | 'texture';
export type JobPhase = 'running' | 'complete' | 'failed';

export interface TrackedJob {
  /** The server's job id (a generation id for text-to-image). */
  id: string;
  kind: JobKind;
  /** What the user asked for, shown in the tray: the prompt. */
  label: string;
  /** Epoch milliseconds, so elapsed time survives a reload. */
  startedAt: number;
  /** The server and user the job belongs to: another session's jobs are not polled. */
  baseUrl: string;
  userId: string;
  phase: JobPhase;
  finishedAt: number | null;
  /** The cost the create answer reported, e.g. "12 CREDITS", when it reported one. */
  cost: string | null;
  /** Why the job failed, when the server said. */
  message: string | null;
}

export type NewJob = Pick<TrackedJob, 'id' | 'kind' | 'label' | 'baseUrl' | 'userId' | 'cost'> & {
  startedAt?: number;
};

/** Finished jobs kept for the tray (and for "cost if known" in History) until dismissed. */
export const MAX_FINISHED_JOBS = 20;

interface PendingJobsState {
  jobs: TrackedJob[];
  addJob: (job: NewJob) => void;
  settleJob: (id: string, phase: Exclude<JobPhase, 'running'>, message?: string | null) => void;
  dismissJob: (id: string) => void;
}

export const PENDING_JOBS_STORAGE_KEY = 'leonardo-studio.jobs';

function keepRecent(jobs: TrackedJob[]): TrackedJob[] {
  const finished = jobs.filter((job) => job.phase !== 'running');
  if (finished.length <= MAX_FINISHED_JOBS) return jobs;
  const dropped = new Set(finished.slice(0, finished.length - MAX_FINISHED_JOBS).map((j) => j.id));
  return jobs.filter((job) => !dropped.has(job.id));
}

const KINDS: readonly JobKind[] = ['text-to-image', 'motion', 'texture'];
const PHASES: readonly JobPhase[] = ['running', 'complete', 'failed'];
const str = (value: unknown): value is string => typeof value === 'string';
const strOrNull = (value: unknown): value is string | null => value === null || str(value);

function isTrackedJob(value: unknown): value is TrackedJob {
  return (
    isRecord(value) &&
    str(value.id) &&
    KINDS.includes(value.kind as JobKind) &&
    str(value.label) &&
    typeof value.startedAt === 'number' &&
    str(value.baseUrl) &&
    str(value.userId) &&
    PHASES.includes(value.phase as JobPhase) &&
    (value.finishedAt === null || typeof value.finishedAt === 'number') &&
    strOrNull(value.cost) &&
    strOrNull(value.message)
  );
}

/** The jobs this tab stored before a reload; anything malformed is dropped. */
export function readStoredJobs(storage: Storage = sessionStorage): TrackedJob[] {
  const stored = readSessionJson(PENDING_JOBS_STORAGE_KEY, storage);
  return Array.isArray(stored) ? stored.filter(isTrackedJob) : [];
}

/**
 * Jobs this tab started, written by the views that start them and read by the jobs tray. Job ids
 * are client state (the API has no "my running jobs" call), so they live here and in
 * sessionStorage: a reload keeps following them, closing the tab forgets them. What a job
 * produced stays in react-query.
 */
export const usePendingJobs = create<PendingJobsState>()((set) => ({
  jobs: readStoredJobs(),
  addJob: (job) =>
    set((state) => ({
      jobs: keepRecent([
        ...state.jobs.filter((existing) => existing.id !== job.id),
        {
          ...job,
          startedAt: job.startedAt ?? Date.now(),
          phase: 'running',
          finishedAt: null,
          message: null,
        },
      ]),
    })),
  settleJob: (id, phase, message = null) =>
    set((state) => ({
      jobs: keepRecent(
        state.jobs.map((job) =>
          job.id === id && job.phase === 'running'
            ? { ...job, phase, message, finishedAt: Date.now() }
            : job,
        ),
      ),
    })),
  dismissJob: (id) => set((state) => ({ jobs: state.jobs.filter((job) => job.id !== id) })),
}));

usePendingJobs.subscribe((state, previous) => {
  if (state.jobs !== previous.jobs) writeSessionJson(PENDING_JOBS_STORAGE_KEY, state.jobs);
});

/** The cost recorded when this tab started the job, if it did. */
export function knownJobCost(jobs: readonly TrackedJob[], id: string): string | null {
  return jobs.find((job) => job.id === id)?.cost ?? null;
}
