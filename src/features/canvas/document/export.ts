import { compositePlan } from '../../../lib/geometry/layer-composite.ts';
import type { Size } from '../../../lib/geometry/points.ts';
import { isEmptyRect } from '../../../lib/geometry/rect.ts';
import { createBitmap, createOpaqueBitmap, resizeBitmap, type Bitmap } from './bitmap.ts';
import type { CanvasDocument } from './canvas-document.ts';
import { drawPlan } from './composite.ts';
import { encodeJpeg } from './jpeg-encoder.ts';

/**
 * JPEG as the API documents it. The sketch is an input the model redraws, not a picture to keep:
 * 0.85 holds its strokes and edges and takes a quarter less to encode and send than 0.92.
 */
export const JPEG_QUALITY = 0.85;

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

/** Frees the scratch bitmaps (a user signed out: nothing of theirs stays in memory). */
export function releaseExportScratch(): void {
  for (const bitmap of scratches.values()) resizeBitmap(bitmap, { width: 0, height: 0 });
  scratches.clear();
}

/**
 * The frame as it would be if the stroke being drawn were committed: the composite, with the
 * stroke's area composited again from the layers, its own layer with the stroke merged in (an
 * eraser's too). Only that area is drawn; without a stroke, nothing is.
 */
function compositeWithLiveStroke(doc: CanvasDocument): HTMLCanvasElement {
  const flat = doc.compositeCanvas();
  const rect = doc.live.touched();
  const id = doc.liveLayerId;
  const layer = id ? doc.layer(id) : undefined;
  if (doc.liveStroke?.layer !== 'paint' || layer?.kind !== 'sketch' || isEmptyRect(rect)) {
    return flat;
  }
  const { x, y, width, height } = rect;
  const merged = scratch('live-layer', doc.size, createBitmap);
  merged.ctx.clearRect(x, y, width, height);
  merged.ctx.drawImage(layer.bitmap.canvas, x, y, width, height, x, y, width, height);
  doc.live.mergeInto(merged.ctx, rect);
  const out = scratch('live-sketch', doc.size, createOpaqueBitmap);
  out.ctx.drawImage(flat, 0, 0);
  const byId = new Map(doc.layers.map((l) => [l.id, l]));
  drawPlan(out.ctx, compositePlan(doc.layers, rect, doc.background), byId, {
    id: layer.id,
    canvas: merged.canvas,
  });
  return out.canvas;
}

/** The frame at `size` (its own, or scaled to another), without encoding it. */
export function composeSketch(doc: CanvasDocument, size: Size = doc.size): HTMLCanvasElement {
  const frame = compositeWithLiveStroke(doc);
  if (size.width === doc.size.width && size.height === doc.size.height) return frame;
  const scaled = scratch('scaled', size, createOpaqueBitmap);
  scaled.ctx.drawImage(frame, 0, 0, size.width, size.height);
  return scaled.canvas;
}

function toBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('The browser could not encode the picture.')),
      type,
      quality,
    ),
  );
}

/**
 * The composited frame (image and sketch layers; never the mask) as a JPEG data URL, encoded in
 * a worker, so a stroke can go on being drawn while live mode sends it.
 */
export function encodeSketchJpeg(doc: CanvasDocument, size: Size = doc.size): Promise<string> {
  return encodeJpeg(composeSketch(doc, size), JPEG_QUALITY);
}

/** The composited frame as a PNG file ("Use as init image"). */
export const encodeFramePng = (doc: CanvasDocument) => toBlob(composeSketch(doc), 'image/png');
