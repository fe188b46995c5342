import { useCallback } from 'react';
import { knownJobCost, useJobList } from '../store/job-list-store.ts';

/** The cost reported when this tab started a job, if it did (for History's details). */
export function useJobCostLookup(): (id: string) => string | null {
  const jobs = useJobList((state) => state.jobs);
  return useCallback((id: string) => knownJobCost(jobs, id), [jobs]);
}
