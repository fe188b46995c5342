import type { Placement } from '../../../lib/geometry/placement.ts';
import type { Rect } from '../../../lib/geometry/rect.ts';
import type { HistoryEntry } from '../lib/undo-history.ts';
import type { Bitmap } from './bitmap.ts';
import type { Arrangement, FrameState, LayerProps } from './layers.ts';

/**
 * The undo steps. Each holds only what the current document does not: a patch holds the pixels
 * of the area it changed as they are on its other side (before, while it is done; after, once
 * undone), which it swaps with the bitmap's when applied. So a stroke costs the area it touched,
 * once, whatever else is on the canvas.
 */
export interface PatchEntry extends HistoryEntry {
  kind: 'patch';
  /** The sketch layer or mask painted on. */
  target: string;
  rect: Rect;
  /** The other side's pixels; null when that side is transparent (nothing to keep). */
  pixels: ImageData | null;
  /**
   * This side (the document's, while the step sits where it is) is known to be transparent: a
   * cleared layer. Swapping then need not read the area back: undoing a Clear of the whole frame
   * only puts its pixels back.
   */
  currentEmpty: boolean;
}

export interface BackgroundEntry extends HistoryEntry {
  kind: 'background';
  other: string;
}

/** A layer's name, visibility, opacity or placement. */
export interface LayerChange extends Partial<LayerProps> {
  placement?: Placement;
}

export interface PropsEntry extends HistoryEntry {
  kind: 'props';
  target: string;
  other: LayerChange;
  /** Slider drags on one property merge into one step while they follow each other. */
  mergeKey: string;
  at: number;
}

/** The frame grown on one side: reversible by cutting it back, so no pixels are kept. */
export interface ExtendEntry extends HistoryEntry {
  kind: 'extend';
  other: FrameState;
  /** Where the smaller frame's corner is in the larger one. */
  offset: { x: number; y: number };
}

/** Layers added, removed, reordered or replaced; the other arrangement is kept whole. */
export interface ArrangementEntry extends HistoryEntry {
  kind: 'arrangement';
  other: Arrangement;
  /** The background colour the other side had (a restored snapshot brings its own). */
  otherBackground: string;
}

export type DocumentEntry = (
  PatchEntry | BackgroundEntry | PropsEntry | ExtendEntry | ArrangementEntry
) & {
  /** A number for storing the step, given when it is recorded. */
  seq: number;
};

export function capture(bitmap: Bitmap, rect: Rect): ImageData {
  return bitmap.ctx.getImageData(rect.x, rect.y, rect.width, rect.height);
}

export const PATCH_OVERHEAD = 256;
export const imageBytes = (image: { data: { byteLength: number } } | null) =>
  image ? image.data.byteLength : 0;

/** Puts a patch's pixels in the bitmap and keeps the bitmap's in their place: undo and redo alike. */
export function swapPatch(entry: PatchEntry, bitmap: Bitmap): void {
  const { x, y, width, height } = entry.rect;
  const current = entry.currentEmpty ? null : capture(bitmap, entry.rect);
  const incoming = entry.pixels;
  if (incoming) bitmap.ctx.putImageData(incoming, x, y);
  else bitmap.ctx.clearRect(x, y, width, height);
  entry.pixels = current;
  entry.currentEmpty = incoming === null;
  entry.bytes = imageBytes(current) + PATCH_OVERHEAD;
}
