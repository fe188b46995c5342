import { useEffect } from 'react';
import {
  clearOpenInCanvasRequest,
  fetchImageAsDataUrl,
  peekOpenInCanvasRequest,
} from '../../../lib/canvas-handoff.ts';
import { noticeStore } from '../store/results-store.ts';
import { replaceCanvasImage } from './use-staging-actions.ts';

/**
 * Takes an image History left for the canvas ("Open in canvas") and makes it the canvas image.
 * The request is cleared only once the image is on the canvas, so a failed download can be
 * retried by coming back (and StrictMode's double mount does not lose it).
 */
export function useOpenInCanvas(): void {
  useEffect(() => {
    const request = peekOpenInCanvasRequest();
    if (!request) return;
    const controller = new AbortController();
    noticeStore.set({ tone: 'info', message: 'Opening the image from History…' });
    fetchImageAsDataUrl(request.imageUrl, { signal: controller.signal })
      .then(async (dataUrl) => {
        if (controller.signal.aborted) return;
        await replaceCanvasImage(dataUrl);
        clearOpenInCanvasRequest(request);
        noticeStore.set({
          tone: 'info',
          message: 'Opened the image from History. Undo brings back the sketch.',
        });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        clearOpenInCanvasRequest(request);
        noticeStore.set({
          tone: 'error',
          message: error instanceof Error ? error.message : 'The image could not be opened.',
        });
      });
    return () => controller.abort();
  }, []);
}
