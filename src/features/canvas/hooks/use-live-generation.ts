import { useEffect, useRef } from 'react';
import { isApiError } from '../../../api/api-error.ts';
import { firstLcmImage, generateLcm, LCM_PATHS } from '../../../api/lcm.ts';
import { isRetryable } from '../../../api/query-client.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { encodeSketchJpeg } from '../document/export.ts';
import { settingsProblem } from '../lib/canvas-settings.ts';
import { lcmBody, parseEchoedTimestamp } from '../lib/lcm-body.ts';
import { addCost, type CostFields } from '../lib/live-cost.ts';
import { LiveScheduler } from '../lib/live-scheduler.ts';
import { useCanvasSession } from '../session/session-context.ts';
import { getCanvasSettings, useCanvasSettings } from '../store/settings-store.ts';
import { useCanvasUi } from '../store/ui-store.ts';

/** The settings a live request sends; the others (feather, upscale options) do not change it. */
const LIVE_FIELDS = ['prompt', 'style', 'strength', 'guidance', 'steps', 'seed'] as const;

const errorMessage = (error: unknown) =>
  error instanceof Error ? error.message : 'The live request failed.';

interface LiveAnswer {
  imageDataUrl: string;
  cost: CostFields;
}

/**
 * Live mode: while the switch is on and a prompt is written, every change of the frame (the
 * stroke being drawn included) or of the settings goes to POST /generations-lcm through the
 * scheduler (one request in flight, the next when the answer is back, stale answers dropped,
 * back-off on failures). Answers, the round trip, the frames dropped and the cost land in the
 * session's live store. Leaving the canvas (signing out) stops it at once.
 */
export function useLiveGeneration(): void {
  const session = useCanvasSession();
  const client = useApiClient();
  const live = useCanvasUi((s) => s.live);
  const ready = useCanvasSettings((s) => settingsProblem(s.settings) === null);
  const schedulerRef = useRef<LiveScheduler<LiveAnswer> | null>(null);

  useEffect(() => {
    const { doc } = session;
    const store = session.results.live;
    const scheduler: LiveScheduler<LiveAnswer> = new LiveScheduler<LiveAnswer>({
      send: async ({ signal, timestamp }) => {
        // Encoded at send time: the newest frame, composed from the layers.
        const size = doc.size;
        const sketch = await encodeSketchJpeg(doc, size);
        signal.throwIfAborted();
        const body = lcmBody(getCanvasSettings(), size, sketch, timestamp);
        const answer = await generateLcm(client, body, signal);
        const job = answer.lcmGenerationJob;
        // Every answer that came back cost something, shown or not.
        store.set((s) => ({ ...s, cost: addCost(s.cost, job) }));
        return {
          result: { imageDataUrl: firstLcmImage(answer, LCM_PATHS.generate), cost: job },
          echoedTimestamp: parseEchoedTimestamp(job.requestTimestamp),
        };
      },
      onResult: ({ imageDataUrl }, { roundTripMs }) =>
        store.set((s) => ({
          ...s,
          result: { imageDataUrl, roundTripMs, receivedAt: Date.now() },
          error: null,
        })),
      onError: (error, { retryInMs }) =>
        store.set((s) => ({ ...s, error: { message: errorMessage(error), retryInMs } })),
      onStatus: () =>
        store.set((s) => ({
          ...s,
          phase: scheduler.phase,
          roundTripMs: scheduler.roundTripMs,
          dropped: scheduler.stats.dropped,
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
    };
  }, [client, session]);

  useEffect(() => {
    const scheduler = schedulerRef.current;
    if (!scheduler) return;
    if (live && ready) {
      scheduler.start();
    } else {
      scheduler.stop();
      session.results.live.set((s) => ({ ...s, error: null }));
    }
  }, [live, ready, client, session]);
}
