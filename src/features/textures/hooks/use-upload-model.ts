import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { models3dKeys, uploadModel } from '../../../api/models-3d.ts';
import type { UploadProgress } from '../../../api/presigned-upload.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { checkModelFile, modelNameFromFile } from '../lib/model-file-check.ts';

/** A file the studio refused before sending anything. */
export class ModelFileError extends Error {
  override readonly name = 'ModelFileError';
}

export const isAbort = (error: unknown) =>
  error instanceof DOMException && error.name === 'AbortError';

/**
 * Checks an OBJ file, asks for a presigned form and sends the file to it with progress.
 * The upload is cancelled when the view unmounts or the user cancels it.
 */
export function useUploadModel(onUploaded: (modelId: string) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const mutation = useMutation({
    mutationFn: async (file: File) => {
      const check = await checkModelFile(file);
      if (!check.ok) throw new ModelFileError(check.message);
      controller.current = new AbortController();
      setProgress({ loaded: 0, total: file.size });
      return uploadModel(client, {
        file,
        fileName: file.name,
        name: modelNameFromFile(file.name),
        onProgress: setProgress,
        signal: controller.current.signal,
      });
    },
    onSuccess: async (modelId) => {
      await queryClient.invalidateQueries({ queryKey: models3dKeys.lists(client.baseUrl) });
      onUploaded(modelId);
    },
    onSettled: () => {
      controller.current = null;
      setProgress(null);
    },
  });

  return { mutation, progress, cancel: () => controller.current?.abort() };
}
