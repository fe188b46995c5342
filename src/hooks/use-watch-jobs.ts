import { useQueries } from '@tanstack/react-query';
import { jobQueryOptions, type JobKind } from '../api/jobs.ts';
import { useApiClient } from './use-api-client.ts';

/** At most this many are watched at once (the newest: pending ones are at the top of a list). */
export const WATCHED_JOBS_MAX = 10;

const NOTHING = () => null;

/**
 * Observes the job queries of pending items a list shows, started here or elsewhere (another
 * tab, before a reload): they are looked at until they settle, and `watchJobSettlements` then
 * refreshes the list. The same query the jobs tray observes, so a job is never fetched twice over.
 */
export function useWatchJobs(kind: JobKind, ids: readonly string[]): void {
  const client = useApiClient();
  useQueries({
    queries: ids.slice(0, WATCHED_JOBS_MAX).map((id) => jobQueryOptions(client, kind, id)),
    // The list re-renders from its own data; these observers only keep the looks going.
    combine: NOTHING,
  });
}
