import type { Rect } from '../../../lib/geometry/rect.ts';
import type { OutputSize } from '../lib/canvas-settings.ts';
import type { HistoryEntry } from '../lib/undo-history.ts';
import type { LayerId } from '../tools/tool-catalog.ts';
import { resizeBitmap, type Bitmap } from './bitmap.ts';

/** The pixels of one area of one layer before and after a change: one undo step. */
export interface PatchEntry extends HistoryEntry {
  kind: 'patch';
  layer: LayerId;
  rect: Rect;
  before: ImageData;
  after: ImageData;
}

export interface BackgroundEntry extends HistoryEntry {
  kind: 'background';
  before: string;
  after: string;
}

export interface LayersState {
  size: OutputSize;
  paint: ImageData;
  mask: ImageData;
}

/** A change of output size resamples both layers: both are kept whole, at both sizes. */
export interface ResizeEntry extends HistoryEntry {
  kind: 'resize';
  before: LayersState;
  after: LayersState;
}

export type DocumentEntry = PatchEntry | BackgroundEntry | ResizeEntry;

const imageBytes = (image: ImageData) => image.data.byteLength;

export function capture(bitmap: Bitmap, rect: Rect): ImageData {
  return bitmap.ctx.getImageData(rect.x, rect.y, rect.width, rect.height);
}

export function patchEntry(
  layer: LayerId,
  rect: Rect,
  before: ImageData,
  after: ImageData,
): PatchEntry {
  return {
    kind: 'patch',
    layer,
    rect,
    before,
    after,
    bytes: imageBytes(before) + imageBytes(after),
  };
}

export function captureLayers(size: OutputSize, paint: Bitmap, mask: Bitmap): LayersState {
  const whole = { x: 0, y: 0, ...size };
  return { size, paint: capture(paint, whole), mask: capture(mask, whole) };
}

export function resizeEntry(before: LayersState, after: LayersState): ResizeEntry {
  const bytes = (s: LayersState) => imageBytes(s.paint) + imageBytes(s.mask);
  return { kind: 'resize', before, after, bytes: bytes(before) + bytes(after) };
}

export function applyLayers(state: LayersState, paint: Bitmap, mask: Bitmap): void {
  resizeBitmap(paint, state.size);
  resizeBitmap(mask, state.size);
  paint.ctx.putImageData(state.paint, 0, 0);
  mask.ctx.putImageData(state.mask, 0, 0);
}
