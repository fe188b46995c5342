import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { JOB_KINDS, type JobKind } from '../../../api/jobs.ts';
import { followScope, scopedPersist } from '../../../lib/scoped-persist.ts';
import { isRecord } from '../../../lib/tab-storage.ts';

export type JobPhase = 'running' | 'complete' | 'failed';

export interface TrackedJob {
  /** The server's job id (a generation id for text-to-image and motion). */
  id: string;
  kind: JobKind;
  /** What the user asked for, shown in the tray: the prompt. */
  label: string;
  /** Epoch milliseconds, so elapsed time survives a reload. */
  startedAt: number;
  phase: JobPhase;
  finishedAt: number | null;
  /** The cost the create answer reported, e.g. "12 CREDITS", when it reported one. */
  cost: string | null;
  /** Why the job failed, when the server said. */
  message: string | null;
  /** Where its result is shown (`/history?open=…`), chosen by whoever started it. */
  href: string | null;
}

export type NewJob = Pick<TrackedJob, 'id' | 'kind' | 'label' | 'cost' | 'href'> & {
  startedAt?: number;
};

/** Finished jobs kept for the tray (and for "cost if known" in History) until dismissed. */
export const MAX_FINISHED_JOBS = 20;
export const JOB_LIST_STORAGE_KEY = 'leonardo-studio.jobs';

interface JobListState {
  jobs: TrackedJob[];
  addJob: (job: NewJob) => void;
  /** Answers whether the job was running (and so is settled now, once). */
  settleJob: (id: string, phase: Exclude<JobPhase, 'running'>, message?: string | null) => boolean;
  dismissJob: (id: string) => void;
  /** Jobs whose results were deleted: there is nothing left to follow or open. */
  forgetJobs: (ids: readonly string[]) => void;
}

function keepRecent(jobs: TrackedJob[]): TrackedJob[] {
  const finished = jobs.filter((job) => job.phase !== 'running');
  if (finished.length <= MAX_FINISHED_JOBS) return jobs;
  const dropped = new Set(finished.slice(0, finished.length - MAX_FINISHED_JOBS).map((j) => j.id));
  return jobs.filter((job) => !dropped.has(job.id));
}

const PHASES: readonly JobPhase[] = ['running', 'complete', 'failed'];
const str = (value: unknown): value is string => typeof value === 'string';
const strOrNull = (value: unknown): value is string | null => value === null || str(value);

function isTrackedJob(value: unknown): value is TrackedJob {
  return (
    isRecord(value) &&
    str(value.id) &&
    JOB_KINDS.includes(value.kind as JobKind) &&
    str(value.label) &&
    typeof value.startedAt === 'number' &&
    PHASES.includes(value.phase as JobPhase) &&
    (value.finishedAt === null || typeof value.finishedAt === 'number') &&
    strOrNull(value.cost) &&
    strOrNull(value.message) &&
    strOrNull(value.href)
  );
}

/** The stored list, each entry checked: anything malformed is dropped. */
export function parseStoredJobs(stored: unknown): { jobs: TrackedJob[] } {
  const jobs = isRecord(stored) && Array.isArray(stored.jobs) ? stored.jobs : [];
  return { jobs: jobs.filter(isTrackedJob) };
}

/**
 * The jobs this user started in this tab. Job ids are client state (the API has no "my running
 * jobs" call), so they are kept per scope in sessionStorage: a reload keeps following them, a
 * sign-out puts them away until the same user signs in again. Their status lives in the job
 * queries (src/api/jobs.ts); what a job produced stays in react-query.
 */
export const useJobList = create<JobListState>()(
  persist(
    (set, get) => ({
      jobs: [],
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
      settleJob: (id, phase, message = null) => {
        if (!get().jobs.some((job) => job.id === id && job.phase === 'running')) return false;
        set((state) => ({
          jobs: keepRecent(
            state.jobs.map((job) =>
              job.id === id ? { ...job, phase, message, finishedAt: Date.now() } : job,
            ),
          ),
        }));
        return true;
      },
      dismissJob: (id) => set((state) => ({ jobs: state.jobs.filter((job) => job.id !== id) })),
      forgetJobs: (ids) =>
        set((state) => ({ jobs: state.jobs.filter((job) => !ids.includes(job.id)) })),
    }),
    scopedPersist({
      name: JOB_LIST_STORAGE_KEY,
      empty: { jobs: [] },
      parse: parseStoredJobs,
      partialize: (state) => ({ jobs: state.jobs }),
    }),
  ),
);
followScope(useJobList);

/** The cost recorded when this tab started the job, if it did. */
export function knownJobCost(jobs: readonly TrackedJob[], id: string): string | null {
  return jobs.find((job) => job.id === id)?.cost ?? null;
}
