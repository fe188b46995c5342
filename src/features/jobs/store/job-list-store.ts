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
  /** When the user asked for it (it may have waited in the queue first): lists are in this order. */
  requestedAt: number;
  phase: JobPhase;
  finishedAt: number | null;
  /** The cost the create answer reported, e.g. "12 CREDITS", when it reported one. */
  cost: string | null;
  /** Why the job failed, when the server said. */
  message: string | null;
  /** Where its result is shown (`/history?open=…`), chosen by whoever started it. */
  href: string | null;
  /** The view it was started from ("generate"), which lists it among its results; null: none. */
  origin: string | null;
  /** The queue entry it went out as, so a view's result keeps its place from "Queued" on. */
  queueId: string | null;
  /** The request that started it, kept for "Retry" after the server failed it. */
  body: unknown;
  /** Shown in the tray until dismissed or cleared; its origin may still list it. */
  inTray: boolean;
}

export type NewJob = Pick<TrackedJob, 'id' | 'kind' | 'label' | 'cost' | 'href'> &
  Partial<Pick<TrackedJob, 'origin' | 'queueId' | 'body' | 'requestedAt'>> & {
    startedAt?: number;
  };

/** Finished jobs kept (for the tray, the views' results and "cost if known") until dismissed. */
export const MAX_FINISHED_JOBS = 20;
export const JOB_LIST_STORAGE_KEY = 'leonardo-studio.jobs';

interface JobListState {
  jobs: TrackedJob[];
  addJob: (job: NewJob) => void;
  /** Answers whether the job was running (and so is settled now, once). */
  settleJob: (id: string, phase: Exclude<JobPhase, 'running'>, message?: string | null) => boolean;
  /** Out of the tray; kept while the view it came from still lists it. */
  dismissJob: (id: string) => void;
  /** Every finished job out of the tray. */
  clearFinished: () => void;
  /** A view clears its finished results: kept only while the tray still shows them. */
  clearOrigin: (origin: string) => void;
  /** Jobs whose results were deleted: there is nothing left to follow or open. */
  forgetJobs: (ids: readonly string[]) => void;
}

/** The most recently finished jobs stay; within one millisecond, the later in the list. */
function keepRecent(jobs: TrackedJob[]): TrackedJob[] {
  const finished = jobs
    .map((job, index) => ({ job, index }))
    .filter(({ job }) => job.phase !== 'running')
    .sort((a, b) => (b.job.finishedAt ?? 0) - (a.job.finishedAt ?? 0) || b.index - a.index);
  if (finished.length <= MAX_FINISHED_JOBS) return jobs;
  const dropped = new Set(finished.slice(MAX_FINISHED_JOBS).map(({ job }) => job.id));
  return jobs.filter((job) => !dropped.has(job.id));
}

/** A job nobody shows any more is dropped; a running one is always kept (it is followed). */
const stillShown = (job: TrackedJob) =>
  job.phase === 'running' || job.inTray || job.origin !== null;

const PHASES: readonly JobPhase[] = ['running', 'complete', 'failed'];
const str = (value: unknown): value is string => typeof value === 'string';
const strOrNull = (value: unknown): value is string | null => value === null || str(value);

/** A stored job, or null when it is not one; fields added later take their defaults. */
function parseTrackedJob(value: unknown): TrackedJob | null {
  const ok =
    isRecord(value) &&
    str(value.id) &&
    JOB_KINDS.includes(value.kind as JobKind) &&
    str(value.label) &&
    typeof value.startedAt === 'number' &&
    PHASES.includes(value.phase as JobPhase) &&
    (value.finishedAt === null || typeof value.finishedAt === 'number') &&
    strOrNull(value.cost) &&
    strOrNull(value.message) &&
    strOrNull(value.href);
  if (!ok) return null;
  return {
    id: value.id as string,
    kind: value.kind as JobKind,
    label: value.label as string,
    startedAt: value.startedAt as number,
    phase: value.phase as JobPhase,
    finishedAt: value.finishedAt as number | null,
    cost: value.cost as string | null,
    message: value.message as string | null,
    href: value.href as string | null,
    requestedAt:
      typeof value.requestedAt === 'number' ? value.requestedAt : (value.startedAt as number),
    origin: str(value.origin) ? value.origin : null,
    queueId: str(value.queueId) ? value.queueId : null,
    body: value.body ?? null,
    inTray: typeof value.inTray === 'boolean' ? value.inTray : true,
  };
}

/** The stored list, each entry checked: anything malformed is dropped. */
export function parseStoredJobs(stored: unknown): { jobs: TrackedJob[] } {
  const jobs = isRecord(stored) && Array.isArray(stored.jobs) ? stored.jobs : [];
  return { jobs: jobs.map(parseTrackedJob).filter((job): job is TrackedJob => job !== null) };
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
        set((state) => {
          const startedAt = job.startedAt ?? Date.now();
          return {
            jobs: keepRecent([
              ...state.jobs.filter((existing) => existing.id !== job.id),
              {
                ...job,
                origin: job.origin ?? null,
                queueId: job.queueId ?? null,
                body: job.body ?? null,
                requestedAt: job.requestedAt ?? startedAt,
                startedAt,
                phase: 'running',
                finishedAt: null,
                message: null,
                inTray: true,
              },
            ]),
          };
        }),
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
      dismissJob: (id) =>
        set((state) => ({
          jobs: state.jobs
            .map((job) => (job.id === id ? { ...job, inTray: false } : job))
            .filter(stillShown),
        })),
      clearFinished: () =>
        set((state) => ({
          jobs: state.jobs
            .map((job) => (job.phase === 'running' ? job : { ...job, inTray: false }))
            .filter(stillShown),
        })),
      clearOrigin: (origin) =>
        set((state) => ({
          jobs: state.jobs
            .map((job) =>
              job.origin === origin && job.phase !== 'running' ? { ...job, origin: null } : job,
            )
            .filter(stillShown),
        })),
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

/** The user's own jobs running on the server, as far as this tab knows. */
export const runningJobCount = (jobs: readonly TrackedJob[]) =>
  jobs.filter((job) => job.phase === 'running').length;
