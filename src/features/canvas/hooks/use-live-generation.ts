import { useEffect, useRef } from 'react';
import { isApiError } from '../../../api/api-error.ts';
import { firstLcmImage, generateLcm, LCM_PATHS } from '../../../api/lcm.ts';
import { isRetryable } from '../../../api/query-client.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { getCanvasDocument } from '../document/canvas-session.ts';
import { encodeSketchJpeg } from '../document/export.ts';
import { settingsProblem } from '../lib/canvas-settings.ts';
import { lcmBody, parseEchoedTimestamp } from '../lib/lcm-body.ts';
import { LiveScheduler } from '../lib/live-scheduler.ts';
import { liveStore } from '../store/results-store.ts';
import { getCanvasSettings, useCanvasSettings } from '../store/settings-store.ts';
import { useCanvasUi } from '../store/ui-store.ts';

/** The settings a live request sends; the others (feather, upscale options) do not change it. */
const LIVE_FIELDS = ['prompt', 'style', 'strength', 'guidance', 'steps', 'seed'] as const;

const errorMessage = (error: unknown) =>
  error instanceof Error ? error.message : 'The live request failed.';

/**
 * Live mode: while the switch is on and a prompt is written, every change of the sketch (the
 * stroke being drawn included) or of the settings goes to POST /generations-lcm through the
 * scheduler (throttled, one in flight, stale answers dropped, back-off on failures). Answers land
 * in the live store.
 */
export function useLiveGeneration(): void {
  const client = useApiClient();
  const live = useCanvasUi((s) => s.live);
  const ready = useCanvasSettings((s) => settingsProblem(s.settings) === null);
  const schedulerRef = useRef<LiveScheduler<string> | null>(null);

  useEffect(() => {
    const doc = getCanvasDocument();
    const scheduler = new LiveScheduler<string>({
      send: async ({ signal, timestamp }) => {
        // Encoded at send time: the newest sketch, composed from the layer bitmaps.
        const size = doc.size;
        const sketch = await encodeSketchJpeg(doc, size);
        signal.throwIfAborted();
        const body = lcmBody(getCanvasSettings(), size, sketch, timestamp);
        const answer = await generateLcm(client, body, signal);
        return {
          result: firstLcmImage(answer, LCM_PATHS.generate),
          echoedTimestamp: parseEchoedTimestamp(answer.lcmGenerationJob.requestTimestamp),
        };
      },
      onSend: () => liveStore.set((s) => ({ ...s, sending: true })),
      onResult: (imageDataUrl, { roundTripMs }) =>
        liveStore.set({
          result: { imageDataUrl, roundTripMs, receivedAt: Date.now() },
          sending: scheduler.isBusy,
          error: null,
        }),
      onError: (error, { retryInMs }) =>
        liveStore.set((s) => ({
          ...s,
          sending: scheduler.isBusy,
          error: { message: errorMessage(error), retryInMs },
        })),
      classify: (error) => ({
        retry: isRetryable(error),
        afterMs: isApiError(error) ? error.retryAfterMs : undefined,
      }),
    });
    schedulerRef.current = scheduler;
    // Committed changes, and the stroke being drawn, which the export includes.
    const stopDoc = doc.state.subscribe(() => scheduler.change());
    const stopStroke = doc.onLiveSketch(() => scheduler.change());
    const stopSettings = useCanvasSettings.subscribe((state, previous) => {
      if (LIVE_FIELDS.some((field) => state.settings[field] !== previous.settings[field])) {
        scheduler.change();
      }
    });
    return () => {
      stopDoc();
      stopStroke();
      stopSettings();
      scheduler.stop();
      schedulerRef.current = null;
      liveStore.set((s) => ({ ...s, sending: false }));
    };
  }, [client]);

  useEffect(() => {
    const scheduler = schedulerRef.current;
    if (!scheduler) return;
    if (live && ready) {
      scheduler.start();
    } else {
      scheduler.stop();
      liveStore.set((s) => ({ ...s, sending: false, error: null }));
    }
  }, [live, ready, client]);
}
