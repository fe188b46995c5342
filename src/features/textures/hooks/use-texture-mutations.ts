import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateTextureBody } from '../../../../contract/index.ts';
import {
  createTextureGeneration,
  deleteTextureGeneration,
  textureJobCost,
  textureKeys,
  withoutTextureGeneration,
} from '../../../api/textures.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { usePendingJobs } from '../../../lib/pending-jobs.ts';

/** Starts a texture job and hands it to the jobs tray (which follows it across views). */
export function useCreateTexture(userId: string | undefined, onCreated: (id: string) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTextureBody) => createTextureGeneration(client, body),
    onSuccess: async (answer, body) => {
      const job = answer.textureGenerationJob;
      if (userId) {
        usePendingJobs.getState().addJob({
          id: job.id,
          kind: 'texture',
          label: body.prompt,
          baseUrl: client.baseUrl,
          userId,
          cost: textureJobCost(job),
        });
      }
      onCreated(job.id);
      await queryClient.invalidateQueries({
        queryKey: textureKeys.byModel(client.baseUrl, body.modelAssetId),
      });
    },
  });
}

export function useDeleteTexture(onDeleted: (id: string) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteTextureGeneration(client, id),
    onSuccess: async (_answer, id) => {
      queryClient.removeQueries({ queryKey: textureKeys.detail(client.baseUrl, id) });
      queryClient.setQueriesData<Parameters<typeof withoutTextureGeneration>[0]>(
        { queryKey: textureKeys.byModels(client.baseUrl) },
        (data) => withoutTextureGeneration(data, id),
      );
      usePendingJobs.getState().dismissJob(id);
      onDeleted(id);
      await queryClient.invalidateQueries({ queryKey: textureKeys.byModels(client.baseUrl) });
    },
  });
}
