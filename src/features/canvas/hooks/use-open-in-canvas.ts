import { useEffect, useRef, useState } from 'react';
import type { OpenImageState } from '../lib/open-image.ts';
import { dataUrlToBlob } from '../persist/assets.ts';
import { useCanvasSession } from '../session/session-context.ts';
import { useCanvasSettings } from '../store/settings-store.ts';

/**
 * "Open in canvas": the image the canvas view resolved from the address becomes the canvas, in
 * the frame closest to its shape, with its generation's prompt (one undo step brings the previous
 * canvas back). A failure says so with a way to try again; the address keeps the request until
 * it is handled, so a reload opens it again.
 */
export function useOpenInCanvas(request: OpenImageState | null, onHandled: () => void): void {
  const session = useCanvasSession();
  const [attempt, setAttempt] = useState(0);
  const opened = useRef<string | null>(null);
  // The view builds a new request object each render: the effect follows its key and status.
  const latest = useRef({ request, onHandled });
  latest.current = { request, onHandled };
  const { notice } = session.results;
  const key = request?.key ?? null;
  const status = request?.status ?? null;

  useEffect(() => {
    const { request } = latest.current;
    if (!request || opened.current === request.key) return;
    if (request.status === 'loading') {
      notice.set({ tone: 'info', message: 'Opening the image from History…' });
      return;
    }
    if (request.status === 'failed') {
      notice.set({
        tone: 'error',
        message: `The image could not be opened: ${request.message}`,
        retry: { label: 'Try again', run: request.retry },
      });
      return;
    }
    const controller = new AbortController();
    notice.set({ tone: 'info', message: 'Opening the image from History…' });
    // Fetching and framing an image are needed only here: their code loads with the request.
    Promise.all([import('../../../lib/fetch-image.ts'), import('../document/open-arrangement.ts')])
      .then(async ([{ fetchImageAsDataUrl }, { openedArrangement }]) => {
        const dataUrl = await fetchImageAsDataUrl(request.url, { signal: controller.signal });
        const input = await session.storeImage(dataUrlToBlob(dataUrl), 'Opened image');
        if (controller.signal.aborted || session.isClosed) return;
        opened.current = request.key;
        session.doc.arrange(openedArrangement(input));
        if (request.prompt) useCanvasSettings.getState().update({ prompt: request.prompt });
        notice.set({
          tone: 'info',
          message: 'Opened the image from History with its prompt. Undo brings back the canvas.',
        });
        latest.current.onHandled();
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        notice.set({
          tone: 'error',
          message: error instanceof Error ? error.message : 'The image could not be opened.',
          retry: { label: 'Try again', run: () => setAttempt((n) => n + 1) },
        });
      });
    return () => controller.abort();
  }, [key, status, attempt, session, notice]);
}
