import { useEffect } from 'react';
import {
  clearOpenInCanvasRequest,
  fetchImageAsDataUrl,
  peekOpenInCanvasRequest,
} from '../../../lib/canvas-handoff.ts';
import { noticeStore } from '../store/results-store.ts';
import { replaceCanvasImage } from './use-staging-actions.ts';

/**
 * Takes an image History left for the canvas ("Open in canvas") and makes it the canvas image (one
 * undo step). The request is cleared only once it is settled, opened or failed, so an unmount in
 * between (StrictMode mounts twice) aborts the download without losing the request.
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
