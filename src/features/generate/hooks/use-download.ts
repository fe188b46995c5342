import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Generation } from '../../../../contract/index.ts';
import { modelName, platformModelsQueryOptions } from '../../../api/models.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { describeDownload, downloadImage } from '../../../lib/download-image.ts';
import { settingsFromGeneration } from '../../../lib/image-metadata/index.ts';

/** "Download" for a result's images: the file carries the generation's settings. */
export function useDownload(alchemy: boolean | null) {
  const client = useApiClient();
  const models = useQuery(platformModelsQueryOptions(client));
  const [message, setMessage] = useState<string | null>(null);

  const download = useCallback(
    async (generation: Generation, image: { id: string; url: string }) => {
      setMessage('Downloading…');
      try {
        const outcome = await downloadImage({
          url: image.url,
          imageId: image.id,
          settings: settingsFromGeneration(generation, {
            imageId: image.id,
            alchemy,
            modelName: generation.modelId ? modelName(models.data, generation.modelId) : null,
          }),
        });
        setMessage(describeDownload(outcome));
      } catch (error) {
        setMessage(error instanceof Error ? error.message : 'The download failed.');
      }
    },
    [alchemy, models.data],
  );
  return { download, message };
}
