import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { generationKeys } from '../../../api/generations.ts';
import { LCM_PATHS, firstLcmImage, inpaintLcm, refineLcm, upscaleLcm } from '../../../api/lcm.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { resultArrangement } from '../document/arrange-ops.ts';
import { newId } from '../document/layers.ts';
import { encodeSketchJpeg } from '../document/export.ts';
import { loadMaskExport } from '../document/mask-export-loader.ts';
import { inpaintingBody, lcmBody, upscaleBody } from '../lib/lcm-body.ts';
import { createSingleFlight } from '../lib/single-flight.ts';
import {
  STAGED_LABELS,
  addStaged,
  removeStaged,
  type StagedKind,
  type StagedResult,
} from '../lib/staging.ts';
import { dataUrlToBlob } from '../persist/assets.ts';
import type { CanvasSession } from '../session/canvas-session.ts';
import { useCanvasSession, useDocumentState } from '../session/session-context.ts';
import { getCanvasSettings } from '../store/settings-store.ts';

export interface ActionState {
  /** The paid request on its way, if any: every action waits for it. */
  pending: StagedKind | null;
  error: { kind: StagedKind; message: string } | null;
}

const PATHS: Record<StagedKind, string> = {
  inpaint: LCM_PATHS.inpaint,
  outpaint: LCM_PATHS.inpaint,
  refine: LCM_PATHS.refine,
  upscale: LCM_PATHS.upscale,
};

async function imageSize(dataUrl: string) {
  const bitmap = await createImageBitmap(dataUrlToBlob(dataUrl));
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

/** Makes an image (a result, the live result) the picture: one undo step. */
export async function acceptImage(
  session: CanvasSession,
  dataUrl: string,
  name: string,
  fillsFresh = false,
): Promise<void> {
  const input = await session.storeImage(dataUrlToBlob(dataUrl), name);
  if (session.isClosed) return;
  const { doc } = session;
  doc.arrange(resultArrangement(doc.arrangement, input, fillsFresh));
}

/**
 * Inpaint, Outpaint, Refine and Upscale: send the composited frame (and a mask) and stage the
 * answer. Nothing on the canvas changes until the user accepts a result, so an error never costs
 * any work. They cost tokens: one runs at a time, and a second press while it runs (a
 * double-click) is ignored in code, before React has disabled the buttons.
 */
export function useStagingActions() {
  const session = useCanvasSession();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [state, setState] = useState<ActionState>({ pending: null, error: null });
  const flight = useMemo(() => createSingleFlight(), []);
  const needsMask = useDocumentState((s) => s.maskCoverage > 0 || s.fresh.length > 0);
  useEffect(() => {
    if (needsMask) void loadMaskExport().catch(() => {});
  }, [needsMask]);

  const make = useCallback(
    async (kind: StagedKind): Promise<StagedResult> => {
      const { doc } = session;
      const settings = getCanvasSettings();
      const size = doc.size;
      const masks = kind === 'inpaint' || kind === 'outpaint' ? await loadMaskExport() : null;
      const image = await encodeSketchJpeg(doc);
      const started = performance.now();
      let answer;
      let generationId: string | undefined;
      if (masks) {
        const mask =
          kind === 'inpaint'
            ? masks.encodeMaskJpeg(doc, settings.feather)
            : masks.encodeOutpaintMaskJpeg(doc, settings.feather);
        answer = await inpaintLcm(client, inpaintingBody(settings, size, image, mask));
      } else if (kind === 'refine') {
        answer = await refineLcm(client, lcmBody(settings, size, image));
      } else {
        const upscaled = await upscaleLcm(client, upscaleBody(settings, size, image));
        generationId = upscaled.lcmGenerationJob.generationId[0];
        answer = upscaled;
      }
      const imageDataUrl = firstLcmImage(answer, PATHS[kind]);
      const roundTripMs = performance.now() - started;
      return {
        id: newId(),
        kind,
        imageDataUrl,
        beforeDataUrl: image,
        size: await imageSize(imageDataUrl),
        canvasSize: size,
        createdAt: Date.now(),
        roundTripMs,
        ...(generationId ? { generationId } : {}),
      };
    },
    [client, session],
  );

  /** Starts an action; false (and nothing sent) while another is on its way. */
  const run = useCallback(
    (kind: StagedKind): boolean => {
      const request = flight.run(() => make(kind));
      if (!request) return false;
      setState({ pending: kind, error: null });
      request.then(
        (item) => {
          if (session.isClosed) return;
          session.results.staging.set((items) => addStaged(items, item));
          // The engine saved the upscale to History; its lists must show it.
          if (kind === 'upscale')
            void queryClient.invalidateQueries({ queryKey: generationKeys.all });
          setState({ pending: null, error: null });
        },
        (error: unknown) =>
          setState({
            pending: null,
            error: {
              kind,
              message: error instanceof Error ? error.message : 'The request failed.',
            },
          }),
      );
      return true;
    },
    [flight, make, queryClient, session],
  );

  const accept = useCallback(
    async (item: StagedResult) => {
      try {
        await acceptImage(
          session,
          item.imageDataUrl,
          `${STAGED_LABELS[item.kind]} result`,
          item.kind === 'outpaint',
        );
        session.results.staging.set((items) => removeStaged(items, item.id));
      } catch (error) {
        session.results.notice.set({
          tone: 'error',
          message: error instanceof Error ? error.message : 'The result could not be used.',
        });
      }
    },
    [session],
  );

  const discard = useCallback(
    (item: StagedResult) => session.results.staging.set((items) => removeStaged(items, item.id)),
    [session],
  );

  return { state, run, accept, discard };
}
