import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  deleteGeneration,
  generationKeys,
  withoutGenerations,
  type GenerationPages,
} from '../../../api/generations.ts';
import { jobKeys } from '../../../api/jobs.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';

/** Some of a batch were refused; the rest were deleted. */
export class DeleteRefused extends Error {
  constructor(
    readonly refusedIds: readonly string[],
    total: number,
    reason: string,
  ) {
    super(total === 1 ? reason : `${refusedIds.length} of ${total} were not deleted: ${reason}`);
  }
}

/**
 * DELETE /generations/{id} for one or several generations, optimistically: they leave the
 * History cache at once, and any the server refuses are put back (with the error to show).
 */
export function useDeleteGenerations(userId: string, onDeleted: (ids: readonly string[]) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const listKey = generationKeys.list(client.baseUrl, userId);
  const mutationKey = ['generations', 'delete', client.baseUrl] as const;

  return useMutation({
    mutationKey,
    mutationFn: async (ids: readonly string[]) => {
      const results = await Promise.allSettled(ids.map((id) => deleteGeneration(client, id)));
      const refused = ids.filter((_, i) => results[i]?.status === 'rejected');
      const firstFailure = results.find((r) => r.status === 'rejected');
      if (firstFailure) {
        const reason = firstFailure.reason as unknown;
        throw new DeleteRefused(
          refused,
          ids.length,
          reason instanceof Error ? reason.message : String(reason),
        );
      }
      return ids;
    },
    onMutate: async (ids) => {
      // A list request in flight would answer with the deleted items and undo the removal.
      await queryClient.cancelQueries({ queryKey: listKey });
      const previous = queryClient.getQueryData<GenerationPages>(listKey);
      queryClient.setQueryData<GenerationPages>(listKey, (data) =>
        withoutGenerations(data, new Set(ids)),
      );
      return { previous };
    },
    onError: (error, ids, context) => {
      const refused = new Set(error instanceof DeleteRefused ? error.refusedIds : ids);
      const deleted = ids.filter((id) => !refused.has(id));
      if (deleted.length > 0) onDeleted(deleted);
      if (!context?.previous) return;
      queryClient.setQueryData(listKey, withoutGenerations(context.previous, new Set(deleted)));
    },
    onSuccess: (ids) => {
      for (const id of ids) {
        queryClient.removeQueries({ queryKey: generationKeys.detail(client.baseUrl, id) });
        queryClient.removeQueries({ queryKey: jobKeys.job(client.baseUrl, 'text-to-image', id) });
      }
      onDeleted(ids);
    },
    onSettled: () => {
      // Offsets shift after a delete; refetch once the last of overlapping deletes is done, so
      // one delete's refetch does not bring back another's optimistically removed items.
      if (queryClient.isMutating({ mutationKey }) === 1) {
        void queryClient.invalidateQueries({ queryKey: generationKeys.lists(client.baseUrl) });
      }
    },
  });
}
