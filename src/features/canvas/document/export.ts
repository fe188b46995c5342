import { bytesToBase64 } from '../../../lib/base64.ts';
import { featherCoverage } from '../../../lib/geometry/mask-raster.ts';
import type { Size } from '../../../lib/geometry/points.ts';
import { createBitmap, resizeBitmap, type Bitmap } from './bitmap.ts';
import { encodeGrayJpeg } from '../lib/gray-jpeg.ts';
import type { CanvasDocument } from './canvas-document.ts';

/** JPEG as the API documents it; 0.92 keeps sketches' hard edges without bloating requests. */
export const JPEG_QUALITY = 0.92;

let sketchCanvas: Bitmap | null = null;

function scratch(existing: Bitmap | null, size: Size): Bitmap {
  const bitmap = existing ?? createBitmap(size);
  if (bitmap.canvas.width !== size.width || bitmap.canvas.height !== size.height) {
    resizeBitmap(bitmap, size);
  }
  return bitmap;
}

/**
 * The canvas image at `size`: the background colour and the paint layer, composed from the layer
 * bitmaps directly (redrawing the Konva stage would cost ten times more and include the mask).
 */
export function composeSketch(doc: CanvasDocument, size: Size = doc.size): HTMLCanvasElement {
  sketchCanvas = scratch(sketchCanvas, size);
  const { ctx, canvas } = sketchCanvas;
  ctx.fillStyle = doc.background;
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.drawImage(doc.paint.canvas, 0, 0, size.width, size.height);
  return canvas;
}

export function encodeSketchJpeg(doc: CanvasDocument, size: Size = doc.size): string {
  return composeSketch(doc, size).toDataURL('image/jpeg', JPEG_QUALITY);
}

/**
 * The mask as the inpainting endpoint wants it: white (repaint) on black, binarised and feathered,
 * at exactly the document's pixel size whatever the zoom (the mask layer is kept at that size).
 * A one-channel JPEG from our own encoder: a third of the data of the browser's RGB JPEG, and
 * mostly flat blocks that need no DCT.
 */
export function encodeMaskJpeg(doc: CanvasDocument, feather: number): string {
  const { width, height } = doc.size;
  const gray = featherCoverage(doc.maskCoverageBits(), width, height, feather);
  return `data:image/jpeg;base64,${bytesToBase64(encodeGrayJpeg(gray, width, height, 92))}`;
}
