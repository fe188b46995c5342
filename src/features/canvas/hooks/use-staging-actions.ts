import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { generationKeys } from '../../../api/generations.ts';
import { LCM_PATHS, firstLcmImage, inpaintLcm, refineLcm, upscaleLcm } from '../../../api/lcm.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { getCanvasDocument } from '../document/canvas-session.ts';
import { encodeMaskJpeg, encodeSketchJpeg } from '../document/export.ts';
import { imageSize, loadImage } from '../document/load-image.ts';
import { inpaintingBody, lcmBody, upscaleBody } from '../lib/lcm-body.ts';
import { addStaged, removeStaged, type StagedKind, type StagedResult } from '../lib/staging.ts';
import { noticeStore, stagingStore } from '../store/results-store.ts';
import { getCanvasSettings } from '../store/settings-store.ts';

const newId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Puts an image on the canvas as its new picture (one undo step). */
export async function replaceCanvasImage(dataUrl: string): Promise<void> {
  const image = await loadImage(dataUrl);
  getCanvasDocument().placeImage(image, imageSize(image), { replace: true });
}

/**
 * Inpaint, Refine and Upscale: send the canvas image (and the mask) and stage the answer. Nothing
 * on the canvas changes until the user accepts a result, so an error never costs any work.
 */
export function useStagingActions() {
  const client = useApiClient();
  const queryClient = useQueryClient();

  const run = useMutation({
    mutationFn: async (kind: StagedKind): Promise<StagedResult> => {
      const doc = getCanvasDocument();
      const settings = getCanvasSettings();
      const size = doc.size;
      const image = await encodeSketchJpeg(doc);
      const started = performance.now();
      let answer;
      let generationId: string | undefined;
      if (kind === 'inpaint') {
        const mask = encodeMaskJpeg(doc, settings.feather);
        answer = await inpaintLcm(client, inpaintingBody(settings, size, image, mask));
      } else if (kind === 'refine') {
        answer = await refineLcm(client, lcmBody(settings, size, image));
      } else {
        const upscaled = await upscaleLcm(client, upscaleBody(settings, size, image));
        generationId = upscaled.lcmGenerationJob.generationId[0];
        answer = upscaled;
      }
      const imageDataUrl = firstLcmImage(answer, LCM_PATHS[kind]);
      const roundTripMs = performance.now() - started;
      const result = imageSize(await loadImage(imageDataUrl));
      return {
        id: newId(),
        kind,
        imageDataUrl,
        beforeDataUrl: image,
        size: result,
        canvasSize: size,
        createdAt: Date.now(),
        roundTripMs,
        ...(generationId ? { generationId } : {}),
      };
    },
    onSuccess: (item) => {
      stagingStore.set((items) => addStaged(items, item));
      // The engine saved the upscale to History; its lists must show it.
      if (item.kind === 'upscale')
        void queryClient.invalidateQueries({ queryKey: generationKeys.all });
    },
  });

  const accept = useCallback(async (item: StagedResult) => {
    try {
      await replaceCanvasImage(item.imageDataUrl);
      stagingStore.set((items) => removeStaged(items, item.id));
    } catch (error) {
      noticeStore.set({
        tone: 'error',
        message: error instanceof Error ? error.message : 'The result could not be used.',
      });
    }
  }, []);

  const discard = useCallback((item: StagedResult) => {
    stagingStore.set((items) => removeStaged(items, item.id));
  }, []);

  return { run, accept, discard };
}
