// The jobs feature's public surface: the tray (mounted once by the app shell) and the calls the
// app's views use to hand it the jobs other features start.
import { useJobList, type NewJob } from './store/job-list-store.ts';

export { JobsTray } from './components/jobs-tray.tsx';
export { useJobCostLookup } from './hooks/use-job-cost-lookup.ts';
export type { NewJob } from './store/job-list-store.ts';

/** Follows a job someone just started. */
export const trackJob = (job: NewJob) => useJobList.getState().addJob(job);

/** The results of these jobs were deleted: stop following them. */
export const forgetJobs = (ids: readonly string[]) => useJobList.getState().forgetJobs(ids);
