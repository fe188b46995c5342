import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Generation } from '../../../../contract/index.ts';
import { generationKeys, type GenerationPages } from '../../../api/generations.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { replaceSearchParam, useSearchParam } from '../../../lib/router.ts';
import { findImageUrl, isImageId } from './init-image.ts';
import { cancelInitUpload, useInitImage } from './init-image-store.ts';

export const INIT_PARAM = 'init';

/** Every generation the cache holds for this server: History's pages and single ones. */
function* cachedGenerations(queryClient: QueryClient, baseUrl: string): Generator<Generation> {
  for (const [, data] of queryClient.getQueriesData<GenerationPages>({
    queryKey: generationKeys.lists(baseUrl),
  })) {
    for (const page of data?.pages ?? []) yield* page.generations;
  }
  for (const [, data] of queryClient.getQueriesData<Generation>({
    queryKey: generationKeys.details(baseUrl),
  })) {
    if (data) yield data;
  }
}

/**
 * `/generate?init=<generatedImageId>` ("Use as init image" in Generate's results and History's
 * details): that image becomes the init image, sent as `init_generation_image_id`. Its preview
 * comes from the cache when a loaded generation holds it. The parameter is then removed, so a
 * reload does not choose it again over the user's later choice.
 */
export function useInitImageParam(): void {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const param = useSearchParam(INIT_PARAM);

  useEffect(() => {
    if (param === null) return;
    if (isImageId(param)) {
      cancelInitUpload();
      const url = findImageUrl(cachedGenerations(queryClient, client.baseUrl), param);
      useInitImage.getState().choose({ kind: 'generated', id: param, url });
    }
    replaceSearchParam(INIT_PARAM, null);
  }, [param, queryClient, client.baseUrl]);
}
