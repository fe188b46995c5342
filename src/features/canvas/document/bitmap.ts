import type { Size } from '../../../lib/geometry/points.ts';

export interface Bitmap {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
}

/**
 * An offscreen bitmap in image pixels. `willReadFrequently` keeps it in memory the CPU can read:
 * undo patches and the mask export read pixels back after nearly every stroke.
 */
export function createBitmap(size: Size): Bitmap {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  return { canvas, ctx };
}

export function resizeBitmap(bitmap: Bitmap, size: Size): void {
  // Setting the size clears the bitmap and resets its context state.
  bitmap.canvas.width = size.width;
  bitmap.canvas.height = size.height;
}

/** Gives a bitmap a new size, its picture kept at `offset` (a grow pads, a cut crops). */
export function shiftBitmap(bitmap: Bitmap, size: Size, offset: { x: number; y: number }): void {
  const { width, height } = bitmap.canvas;
  const old = bitmap.ctx.getImageData(0, 0, width, height);
  resizeBitmap(bitmap, size);
  bitmap.ctx.putImageData(old, offset.x, offset.y);
}

/**
 * An opaque bitmap: no alpha to carry, and what a JPEG encoder reads without converting it. In
 * memory the CPU reads, like the layers it is drawn from: no upload to draw, no read-back to encode.
 */
export function createOpaqueBitmap(size: Size): Bitmap {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d', { alpha: false, willReadFrequently: true });
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  return { canvas, ctx };
}
