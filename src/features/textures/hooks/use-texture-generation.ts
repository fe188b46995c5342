import { useQuery } from '@tanstack/react-query';
import { jobQueryOptions } from '../../../api/jobs.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';

/**
 * The open texture generation (none while `id` is null), read through its job query: looked at
 * with backoff while PENDING, never again once settled, and the same query the jobs tray
 * observes. `generation` is null while the server does not show a job just started.
 */
export function useTextureGeneration(id: string | null) {
  const client = useApiClient();
  const query = useQuery({
    ...jobQueryOptions(client, 'texture', id ?? ''),
    enabled: id !== null,
  });
  return {
    generation: query.data?.result,
    isPending: query.isPending,
    error: query.isError ? query.error : null,
    retry: () => void query.refetch(),
  };
}

export type OpenTexture = ReturnType<typeof useTextureGeneration>;
