// The jobs feature's public surface (the tray's panel is in tray.ts, loaded lazily): the tray's
// button in the header, the queue the shell runs, the queue the views send paid requests through, and the calls the app's views use to
// hand it the jobs other features start.
import { useJobList, type NewJob } from './store/job-list-store.ts';

export { JobsTrayButton } from './components/jobs-tray-button.tsx';
export { useJobCostLookup } from './hooks/use-job-cost-lookup.ts';
export { useQueueRuntime as useJobQueue } from './hooks/use-queue-runtime.ts';
export { useOriginJobs } from './hooks/use-origin-jobs.ts';
export {
  cancelQueued,
  retryJob,
  submitJob,
  type JobRequest,
  type SubmitOutcome,
} from './lib/job-queue-runtime.ts';
export type { JobRowModel, JobRowState } from './lib/job-rows.ts';
export type { NewJob } from './store/job-list-store.ts';

/** Follows a job someone just started. */
export const trackJob = (job: NewJob) => useJobList.getState().addJob(job);

/** The results of these jobs were deleted: stop following them. */
export const forgetJobs = (ids: readonly string[]) => useJobList.getState().forgetJobs(ids);

/** A view clears its finished results (the tray keeps what it still shows). */
export const clearOriginJobs = (origin: string) => useJobList.getState().clearOrigin(origin);
