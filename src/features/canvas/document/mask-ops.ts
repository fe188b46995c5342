import { selectSimilar } from '../../../lib/geometry/magic-wand.ts';
import {
  differenceBounds,
  growCoverage,
  invertCoverage,
  shrinkCoverage,
} from '../../../lib/geometry/mask-morphology.ts';
import type { ImagePoint } from '../../../lib/geometry/points.ts';
import type { CanvasDocument } from './canvas-document.ts';

/** The mask changed to `next`: one undo step over the area that differs; false when nothing did. */
function setMask(doc: CanvasDocument, next: Uint8Array): boolean {
  const { width, height, bits } = doc.maskBits;
  return doc.setMaskCoverage(next, differenceBounds(bits, next, width, height));
}

/**
 * The magic wand: the region of similar colour around `at` in the composited frame (what is
 * sent, whatever layer it comes from) is added to the mask. False when it added nothing.
 */
export function magicWand(
  doc: CanvasDocument,
  at: ImagePoint,
  tolerance: number,
  contiguous: boolean,
): boolean {
  const { width, height } = doc.size;
  const pixels = doc.compositeCanvas().getContext('2d')!.getImageData(0, 0, width, height).data;
  const selection = selectSimilar(pixels, width, height, at, tolerance, contiguous);
  if (!selection.bounds) return false;
  const next = doc.maskBits.bits.slice();
  for (let i = 0; i < next.length; i++) if (selection.bits[i]) next[i] = 255;
  return setMask(doc, next);
}

export function growMask(doc: CanvasDocument, by: number): boolean {
  const { width, height, bits } = doc.maskBits;
  return setMask(doc, growCoverage(bits, width, height, by));
}

export function shrinkMask(doc: CanvasDocument, by: number): boolean {
  const { width, height, bits } = doc.maskBits;
  return setMask(doc, shrinkCoverage(bits, width, height, by));
}

/** Masked becomes clear and clear masked. */
export function invertMask(doc: CanvasDocument): boolean {
  return setMask(doc, invertCoverage(doc.maskBits.bits));
}
