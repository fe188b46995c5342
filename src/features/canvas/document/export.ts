import type { Size } from '../../../lib/geometry/points.ts';
import { isEmptyRect } from '../../../lib/geometry/rect.ts';
import { dataUrl } from '../../../lib/base64.ts';
import { featheredMaskBlocks } from '../lib/feathered-mask.ts';
import { encodeGrayJpegBlocks } from '../lib/gray-jpeg.ts';
import { createBitmap, resizeBitmap, type Bitmap } from './bitmap.ts';
import type { CanvasDocument } from './canvas-document.ts';
import { createOpaqueBitmap } from './flat-sketch.ts';

/**
 * JPEG as the API documents it. The sketch is an input the model redraws, not a picture to keep:
 * 0.85 holds its strokes and edges and takes a quarter less to encode and send than 0.92.
 */
export const JPEG_QUALITY = 0.85;
/** Our own encoder's quality for the mask: edges stay within a few levels of the feathered mask. */
export const MASK_JPEG_QUALITY = 92;

const scratches = new Map<string, Bitmap>();

/** A reused bitmap per purpose: allocating a new megapixel canvas per export costs more than drawing. */
function scratch(name: string, size: Size, create: (size: Size) => Bitmap): Bitmap {
  let bitmap = scratches.get(name);
  if (!bitmap) scratches.set(name, (bitmap = create(size)));
  if (bitmap.canvas.width !== size.width || bitmap.canvas.height !== size.height) {
    resizeBitmap(bitmap, size);
  }
  return bitmap;
}

/**
 * The sketch at the document's size, as it would be if the stroke being drawn were committed: the
 * flattened sketch, with the live stroke's area flattened again from the paint layer with the
 * stroke merged in (an eraser's too). Only that area is drawn; without a stroke, nothing is.
 */
function sketchWithLiveStroke(doc: CanvasDocument): HTMLCanvasElement {
  const flat = doc.flat.bitmap.canvas;
  const rect = doc.live.touched();
  if (doc.liveStroke?.layer !== 'paint' || isEmptyRect(rect)) return flat;
  const { x, y, width, height } = rect;
  const layer = scratch('live-layer', doc.size, createBitmap);
  layer.ctx.clearRect(x, y, width, height);
  layer.ctx.drawImage(doc.paint.canvas, x, y, width, height, x, y, width, height);
  doc.live.mergeInto(layer.ctx, rect);
  const out = scratch('live-sketch', doc.size, createOpaqueBitmap);
  out.ctx.drawImage(flat, 0, 0);
  out.ctx.fillStyle = doc.background;
  out.ctx.fillRect(x, y, width, height);
  out.ctx.drawImage(layer.canvas, x, y, width, height, x, y, width, height);
  return out.canvas;
}

/** The sketch at `size` (the document's, or scaled to another), without encoding it. */
export function composeSketch(doc: CanvasDocument, size: Size = doc.size): HTMLCanvasElement {
  const sketch = sketchWithLiveStroke(doc);
  if (size.width === doc.size.width && size.height === doc.size.height) return sketch;
  const scaled = scratch('scaled', size, createOpaqueBitmap);
  scaled.ctx.drawImage(sketch, 0, 0, size.width, size.height);
  return scaled.canvas;
}

/**
 * The sketch as a JPEG data URL. `toBlob` takes the pixels at once and encodes them on one of
 * the browser's own threads, so a stroke can go on being drawn while live mode sends it.
 */
export async function encodeSketchJpeg(
  doc: CanvasDocument,
  size: Size = doc.size,
): Promise<string> {
  const canvas = composeSketch(doc, size);
  const blob = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY),
  );
  if (!blob) throw new Error('The browser could not encode the sketch.');
  // The bytes and our base64: a few milliseconds less than FileReader.readAsDataURL.
  return dataUrl('image/jpeg', new Uint8Array(await blob.arrayBuffer()));
}

/**
 * The mask as the inpainting endpoint wants it: white (repaint) on black, binarised and feathered,
 * at exactly the document's pixel size whatever the zoom (the mask is kept at that size). A
 * one-channel JPEG from our own encoder, which is handed flat blocks without a pixel being read
 * and feathers only the blocks near the mask's edge.
 */
export function encodeMaskJpeg(doc: CanvasDocument, feather: number): string {
  const { width, height } = doc.maskBits;
  const source = featheredMaskBlocks(doc.maskBits, feather);
  return dataUrl('image/jpeg', encodeGrayJpegBlocks(width, height, source, MASK_JPEG_QUALITY));
}
