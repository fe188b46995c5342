import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { Generation } from '../../../../contract/index.ts';
import { generationQueryOptions, storeGeneration } from '../../../api/generations.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { usePendingJobs } from '../../../lib/pending-jobs.ts';

/** How often a pending generation the tray does not follow is checked again. */
export const PENDING_REFRESH_MS = 3_000;
/** At most this many are checked at once (the newest: pending ones are at the top). */
export const PENDING_REFRESH_MAX = 10;

/**
 * Pending generations the jobs tray is not following (started in another tab, or before the tab
 * was reopened) are checked every few seconds while the tab is visible, and their placeholders
 * fill in when they finish, without refetching every loaded page.
 */
export function usePendingRefresh(items: readonly Generation[]): void {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const jobs = usePendingJobs((state) => state.jobs);
  const ids = useMemo(() => {
    const followed = new Set(
      jobs
        .filter((job) => job.phase === 'running' && job.baseUrl === client.baseUrl)
        .map((job) => job.id),
    );
    return items
      .filter((g) => g.status === 'PENDING' && !followed.has(g.id))
      .slice(0, PENDING_REFRESH_MAX)
      .map((g) => g.id);
  }, [items, jobs, client.baseUrl]);

  const finished = useQueries({
    queries: ids.map((id) => ({
      ...generationQueryOptions(client, id),
      refetchInterval: PENDING_REFRESH_MS,
    })),
    combine: (results) =>
      results.flatMap((result) =>
        result.data && result.data.status !== 'PENDING' ? [result.data] : [],
      ),
  });

  useEffect(() => {
    const stillPending = new Set(ids);
    for (const generation of finished) {
      if (stillPending.has(generation.id)) {
        storeGeneration(queryClient, client.baseUrl, generation);
      }
    }
  }, [finished, ids, queryClient, client.baseUrl]);
}
