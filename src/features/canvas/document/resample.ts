import type { FrameSize } from '../../../lib/geometry/frame.ts';
import type { CanvasDocument } from './canvas-document.ts';

/**
 * The whole canvas at another frame size, everything scaled to fit, as one undo step. Its code
 * loads the first time a frame size is chosen.
 */
export async function resample(doc: CanvasDocument, size: FrameSize): Promise<void> {
  if (size.width === doc.size.width && size.height === doc.size.height) return;
  const { resampleArrangement } = await import('./frame-ops.ts');
  doc.arrange(resampleArrangement(doc.arrangement, size));
}
