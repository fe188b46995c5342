import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import {
  isSettled,
  storeTextureGeneration,
  textureGenerationQueryOptions,
} from '../../../api/textures.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { usePendingJobs } from '../../../lib/pending-jobs.ts';

/**
 * One texture generation (none while `id` is null), polled with backoff while PENDING. When it settles, the jobs tray
 * hears of it and the model's list shows the new status without a refetch.
 */
export function useTextureGeneration(id: string | null) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const query = useQuery({
    ...textureGenerationQueryOptions(client, id ?? ''),
    enabled: id !== null,
  });
  const settled = query.data && isSettled(query.data.status) ? query.data : null;

  useEffect(() => {
    if (!settled) return;
    usePendingJobs
      .getState()
      .settleJob(
        settled.id,
        settled.status === 'COMPLETE' ? 'complete' : 'failed',
        settled.status === 'FAILED' ? 'The texture job failed.' : null,
      );
    storeTextureGeneration(queryClient, client.baseUrl, settled);
  }, [settled, queryClient, client.baseUrl]);

  return query;
}
