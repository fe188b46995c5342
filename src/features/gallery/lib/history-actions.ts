import { createContext, useContext } from 'react';
import type { MotionBody } from '../../../../contract/index.ts';

/** What became of a motion request right after Animate: the app's queue says. */
export type AnimateOutcome =
  | { status: 'sent' }
  /** Waits in the studio's queue for a free slot. */
  | { status: 'queued' }
  | { status: 'failed'; message: string };

/**
 * What History hands to the rest of the studio, given by the app's History view: features do not
 * import each other, so the app decides where "Reuse prompt" and "Open in canvas" lead, and who
 * sends (and follows) a motion job.
 */
export interface HistoryActions {
  /** Animate an image: the app's queue sends POST /generations-motion-svd (or holds it). */
  onAnimate: (request: { body: MotionBody; label: string }) => Promise<AnimateOutcome>;
  /** Load this generation's settings into the Generate form. */
  onReuse: (generationId: string) => void;
  /** Start the canvas from this image. */
  onOpenInCanvas: (imageId: string, generationId: string) => void;
  /** Generate again from this image as the init image. */
  onUseAsInit: (imageId: string) => void;
  /** These generations were deleted on the server. */
  onDeleted: (ids: readonly string[]) => void;
  /** The cost reported when this tab started the job, if it did. */
  jobCost: (generationId: string) => string | null;
}

export const HistoryActionsContext = createContext<HistoryActions | null>(null);

export function useHistoryActions(): HistoryActions {
  const actions = useContext(HistoryActionsContext);
  if (!actions) throw new Error('History needs its actions from the app (HistoryPanel props).');
  return actions;
}
