import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Generation } from '../../../../contract/index.ts';
import { generationQueryOptions } from '../../../api/generations.ts';
import { modelName, platformModelsQueryOptions } from '../../../api/models.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { fetchImageBytes } from '../../../lib/fetch-image.ts';
import { saveFile } from '../../../lib/save-file.ts';
import { BULK_IMAGE_LIMIT, collectImages, zipName } from '../lib/bulk-download.ts';

export interface BulkState {
  busy: boolean;
  message: string | null;
  failed: boolean;
}

const IDLE: BulkState = { busy: false, message: null, failed: false };

/**
 * "Download selected": one ZIP with every image of the chosen generations, their settings written
 * into each file, and `generations.json`. Generations not loaded are read first; fflate and the
 * ZIP builder load only now.
 */
export function useBulkDownload(loaded: readonly Generation[]) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const models = useQuery(platformModelsQueryOptions(client));
  const [state, setState] = useState<BulkState>(IDLE);

  const run = useCallback(
    async (ids: readonly string[]) => {
      const say = (message: string, busy = true, failed = false) =>
        setState({ busy, message, failed });
      try {
        say(`Reading ${ids.length} generation${ids.length === 1 ? '' : 's'}…`);
        const byId = new Map(loaded.map((g) => [g.id, g]));
        const generations = await Promise.all(
          ids.map(
            (id) => byId.get(id) ?? queryClient.fetchQuery(generationQueryOptions(client, id)),
          ),
        );
        const count = generations.reduce((sum, g) => sum + g.generated_images.length, 0);
        if (count === 0) return say('The selected generations have no images yet.', false, true);
        if (count > BULK_IMAGE_LIMIT) {
          return say(
            `That is ${count} images: a download holds ${BULK_IMAGE_LIMIT} at most. Select fewer.`,
            false,
            true,
          );
        }
        const { images, missed } = await collectImages(
          generations,
          (url) => fetchImageBytes(url),
          ({ done, total }) => say(`Fetching images: ${done} of ${total}…`),
        );
        if (images.length === 0) return say('None of the images could be fetched.', false, true);
        const { buildGenerationsZip } = await import('../../../lib/zip/generations-zip.ts');
        const zip = buildGenerationsZip(
          images.map((image) => ({
            ...image,
            modelName: image.generation.modelId
              ? modelName(models.data, image.generation.modelId)
              : null,
          })),
        );
        const name = zipName(new Date());
        saveFile(zip.bytes, name, 'application/zip');
        const left = missed.length
          ? ` ${missed.length} could not be fetched (${missed[0]!.reason}) and are not in it.`
          : '';
        say(
          `Saved ${name}: ${images.length} image${images.length === 1 ? '' : 's'} with their settings, and generations.json.${left}`,
          false,
          missed.length > 0,
        );
      } catch (error) {
        say(
          `The download failed: ${error instanceof Error ? error.message : String(error)}`,
          false,
          true,
        );
      }
    },
    [client, queryClient, loaded, models.data],
  );
  return { run, state, reset: () => setState(IDLE) };
}
