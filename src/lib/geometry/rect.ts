import type { ImagePoint, Size } from './points.ts';

/** An axis-aligned rectangle in image pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const EMPTY_RECT: Rect = { x: 0, y: 0, width: 0, height: 0 };

export const isEmptyRect = (rect: Rect) => rect.width <= 0 || rect.height <= 0;

export function rectFromPoints(a: ImagePoint, b: ImagePoint): Rect {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(b.x - a.x),
    height: Math.abs(b.y - a.y),
  };
}

export function inflateRect(rect: Rect, by: number): Rect {
  return {
    x: rect.x - by,
    y: rect.y - by,
    width: rect.width + 2 * by,
    height: rect.height + 2 * by,
  };
}

export function unionRect(a: Rect, b: Rect): Rect {
  if (isEmptyRect(a)) return b;
  if (isEmptyRect(b)) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** Whole pixels covering `rect`, cut to the bitmap: what getImageData/putImageData may be given. */
export function pixelRect(rect: Rect, bounds: Size): Rect {
  const x0 = Math.max(0, Math.floor(rect.x));
  const y0 = Math.max(0, Math.floor(rect.y));
  const x1 = Math.min(bounds.width, Math.ceil(rect.x + rect.width));
  const y1 = Math.min(bounds.height, Math.ceil(rect.y + rect.height));
  return x1 <= x0 || y1 <= y0 ? EMPTY_RECT : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The pixels a round-capped segment of `width` between two points can touch. */
export function segmentBounds(from: ImagePoint, to: ImagePoint, width: number): Rect {
  return inflateRect(rectFromPoints(from, to), width / 2 + 1);
}

export function boundsOfPoints(points: readonly ImagePoint[]): Rect {
  if (points.length === 0) return EMPTY_RECT;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The overlap of two rectangles, or the empty rectangle when they do not meet. */
export function intersectRect(a: Rect, b: Rect): Rect {
  const x0 = Math.max(a.x, b.x);
  const y0 = Math.max(a.y, b.y);
  const x1 = Math.min(a.x + a.width, b.x + b.width);
  const y1 = Math.min(a.y + a.height, b.y + b.height);
  return x1 <= x0 || y1 <= y0 ? EMPTY_RECT : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export const offsetRect = (rect: Rect, dx: number, dy: number): Rect => ({
  ...rect,
  x: rect.x + dx,
  y: rect.y + dy,
});
