import { useMemo } from 'react';
import { useQueueEntries } from '../lib/job-queue-runtime.ts';
import { originRows, type JobRowModel } from '../lib/job-rows.ts';
import { useJobList } from '../store/job-list-store.ts';

/** The jobs one view started (its results), from "Queued" to their end, newest first. */
export function useOriginJobs(origin: string): JobRowModel[] {
  const jobs = useJobList((state) => state.jobs);
  const entries = useQueueEntries((state) => state.entries);
  return useMemo(() => originRows(entries, jobs, origin), [entries, jobs, origin]);
}
