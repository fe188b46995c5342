import { dataUrl } from '../../../lib/base64.ts';
import { outpaintCoverage } from '../../../lib/geometry/frame.ts';
import { blockGrid, countBlocks } from '../lib/coverage-blocks.ts';
import { featheredMaskBlocks } from '../lib/feathered-mask.ts';
import { encodeGrayJpegBlocks } from '../lib/gray-jpeg.ts';
import type { CanvasDocument } from './canvas-document.ts';

/**
 * The masks Inpaint and Outpaint send. Loaded when a mask is first painted or the frame first
 * extended (see mask-export-loader.ts): a sketch that is never inpainted never loads the encoder.
 */

/** Our own encoder's quality for the mask: edges stay within a few levels of the feathered mask. */
export const MASK_JPEG_QUALITY = 92;
/** Outpaint blends its new area into the old picture over at least this many pixels. */
export const OUTPAINT_MIN_FEATHER = 16;

/**
 * The mask as the inpainting endpoint wants it: white (repaint) on black, binarised and feathered,
 * at exactly the frame's pixel size whatever the zoom. A one-channel JPEG from our own encoder,
 * which is handed flat blocks without a pixel being read and feathers only the blocks near the
 * mask's edge.
 */
export function encodeMaskJpeg(doc: CanvasDocument, feather: number): string {
  const { width, height } = doc.maskBits;
  const source = featheredMaskBlocks(doc.maskBits, feather);
  return dataUrl('image/jpeg', encodeGrayJpegBlocks(width, height, source, MASK_JPEG_QUALITY));
}

/** Outpaint's mask: the new areas, grown into the old picture and feathered there. */
export function encodeOutpaintMaskJpeg(doc: CanvasDocument, feather: number): string {
  const { width, height } = doc.size;
  const soft = Math.max(OUTPAINT_MIN_FEATHER, feather);
  const bits = outpaintCoverage(doc.size, doc.arrangement.frame.fresh, soft);
  const { columns, rows } = blockGrid(width, height);
  const coverage = { width, height, bits, blocks: new Uint8Array(columns * rows) };
  countBlocks(coverage, { x: 0, y: 0, width, height });
  const source = featheredMaskBlocks(coverage, soft);
  return dataUrl('image/jpeg', encodeGrayJpegBlocks(width, height, source, MASK_JPEG_QUALITY));
}
