import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteModel, models3dKeys } from '../../../api/models-3d.ts';
import { textureKeys } from '../../../api/textures.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';

/** Deletes a model (the API deletes its texture generations with it). */
export function useDeleteModel(onDeleted: (modelId: string) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (modelId: string) => deleteModel(client, modelId),
    onSuccess: async (_answer, modelId) => {
      queryClient.removeQueries({ queryKey: textureKeys.byModel(client.baseUrl, modelId) });
      queryClient.removeQueries({ queryKey: models3dKeys.detail(client.baseUrl, modelId) });
      await queryClient.invalidateQueries({ queryKey: models3dKeys.lists(client.baseUrl) });
      onDeleted(modelId);
    },
  });
}
