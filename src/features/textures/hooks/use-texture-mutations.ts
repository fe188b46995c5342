import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateTextureBody } from '../../../../contract/index.ts';
import { jobKeys, noteJobStarted, type StartedJob } from '../../../api/jobs.ts';
import { meKeys } from '../../../api/me.ts';
import {
  createTextureGeneration,
  deleteTextureGeneration,
  textureJobCost,
  textureKeys,
  withoutTextureGeneration,
} from '../../../api/textures.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { writeSelection } from '../lib/selection-url.ts';

/** Starts a texture job, reports it (the app hands it to the jobs tray) and opens it. */
export function useCreateTexture(
  onJobStarted: (job: StartedJob) => void,
  onCreated: (id: string) => void,
) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTextureBody) => createTextureGeneration(client, body),
    onSuccess: async (answer, body) => {
      const job = answer.textureGenerationJob;
      const startedAt = Date.now();
      noteJobStarted(queryClient, client.baseUrl, 'texture', job.id, startedAt);
      onJobStarted({
        id: job.id,
        kind: 'texture',
        label: body.prompt,
        cost: textureJobCost(job),
        startedAt,
        href: `/textures${writeSelection('', { modelId: body.modelAssetId, textureId: job.id })}`,
      });
      onCreated(job.id);
      void queryClient.invalidateQueries({ queryKey: meKeys.detail(client.baseUrl) });
      await queryClient.invalidateQueries({
        queryKey: textureKeys.byModel(client.baseUrl, body.modelAssetId),
      });
    },
  });
}

export function useDeleteTexture(
  onDeleted: (id: string) => void,
  onJobsDeleted: (ids: readonly string[]) => void,
) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteTextureGeneration(client, id),
    onSuccess: async (_answer, id) => {
      queryClient.removeQueries({ queryKey: jobKeys.job(client.baseUrl, 'texture', id) });
      queryClient.setQueriesData<Parameters<typeof withoutTextureGeneration>[0]>(
        { queryKey: textureKeys.byModels(client.baseUrl) },
        (data) => withoutTextureGeneration(data, id),
      );
      onJobsDeleted([id]);
      onDeleted(id);
      await queryClient.invalidateQueries({ queryKey: textureKeys.byModels(client.baseUrl) });
    },
  });
}
