import type { Size } from '../../../lib/geometry/points.ts';
import type { Rect } from '../../../lib/geometry/rect.ts';

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

/** Gives `bitmap` a new `size`, its old picture drawn again into `rect` of it. */
export function resampleBitmap(bitmap: Bitmap, size: Size, rect: Rect): void {
  const copy = createBitmap(bitmap.canvas);
  copy.ctx.drawImage(bitmap.canvas, 0, 0);
  resizeBitmap(bitmap, size);
  bitmap.ctx.drawImage(copy.canvas, rect.x, rect.y, rect.width, rect.height);
}

/** Pixels as a plain object, which IndexedDB stores everywhere (ImageData is not always cloneable). */
export interface PixelData {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export function readPixels(bitmap: Bitmap): PixelData {
  const { width, height } = bitmap.canvas;
  const image = bitmap.ctx.getImageData(0, 0, width, height);
  return { width, height, data: image.data };
}

export function writePixels(bitmap: Bitmap, pixels: PixelData): void {
  resizeBitmap(bitmap, pixels);
  const image = bitmap.ctx.createImageData(pixels.width, pixels.height);
  image.data.set(pixels.data);
  bitmap.ctx.putImageData(image, 0, 0);
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
