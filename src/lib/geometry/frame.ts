import { LCM_SIZES, type LcmSize } from '../../../contract/limits.ts';
import type { Size } from './points.ts';
import { EMPTY_RECT, inflateRect, intersectRect, offsetRect, type Rect } from './rect.ts';

/**
 * The frame: the area of the canvas that is sent, always a size the realtime API accepts (each
 * side one of LCM_SIZES). Growing it (outpainting) keeps what is there and adds empty area.
 */
export interface FrameSize {
  readonly width: LcmSize;
  readonly height: LcmSize;
}

export type ExtendSide = 'left' | 'right' | 'up' | 'down';

export interface FrameExtension {
  size: FrameSize;
  /** Where the old frame's top-left corner is in the new one. */
  offset: { x: number; y: number };
  /** The area added, in the new frame's pixels. */
  added: Rect;
}

/** The next side length the API accepts after `side`; null at the largest. */
export function nextLcmSide(side: number): LcmSize | null {
  return LCM_SIZES.find((candidate) => candidate > side) ?? null;
}

/** The frame grown on one side to the next accepted size; null when that side is at its largest. */
export function extendFrame(size: FrameSize, side: ExtendSide): FrameExtension | null {
  const horizontal = side === 'left' || side === 'right';
  const current = horizontal ? size.width : size.height;
  const next = nextLcmSide(current);
  if (next === null) return null;
  const grow = next - current;
  const grown: FrameSize = horizontal
    ? { width: next, height: size.height }
    : { width: size.width, height: next };
  const offset = { x: side === 'left' ? grow : 0, y: side === 'up' ? grow : 0 };
  const added: Rect =
    side === 'left'
      ? { x: 0, y: 0, width: grow, height: grown.height }
      : side === 'right'
        ? { x: current, y: 0, width: grow, height: grown.height }
        : side === 'up'
          ? { x: 0, y: 0, width: grown.width, height: grow }
          : { x: 0, y: current, width: grown.width, height: grow };
  return { size: grown, offset, added };
}

/** Rectangles of an old frame, moved into a grown one (and cut to it). */
export function moveRects(rects: readonly Rect[], offset: { x: number; y: number }, size: Size) {
  const frame = { x: 0, y: 0, ...size };
  return rects
    .map((rect) => intersectRect(offsetRect(rect, offset.x, offset.y), frame))
    .filter((rect) => rect !== EMPTY_RECT);
}

/** Every frame the API accepts. */
export const FRAME_SIZES: readonly FrameSize[] = LCM_SIZES.flatMap((width) =>
  LCM_SIZES.map((height) => ({ width, height })),
);

/**
 * The frame for an image: the closest aspect ratio first (compared as ratios, so 2:1 and 1:2 are
 * as far from square), then the closest number of pixels, so a 512² image gets 512², not 1024².
 */
export function closestFrame(image: Size): FrameSize {
  if (image.width <= 0 || image.height <= 0) return { width: 512, height: 512 };
  const aspect = Math.log(image.width / image.height);
  const area = Math.log(image.width * image.height);
  let best = FRAME_SIZES[0]!;
  let bestScore = Infinity;
  for (const frame of FRAME_SIZES) {
    const shape = Math.abs(Math.log(frame.width / frame.height) - aspect);
    const pixels = Math.abs(Math.log(frame.width * frame.height) - area);
    // The shape decides; the pixel count only breaks ties between the same shape.
    const score = shape * 1000 + pixels;
    if (score < bestScore) {
      best = frame;
      bestScore = score;
    }
  }
  return best;
}

/**
 * What Outpaint repaints: the added areas, grown `into` pixels into the old picture so the
 * feathered edge blends there rather than in the new area. One value per pixel, 255 or 0.
 */
export function outpaintCoverage(size: Size, added: readonly Rect[], into: number): Uint8Array {
  const bits = new Uint8Array(size.width * size.height);
  const frame = { x: 0, y: 0, ...size };
  for (const rect of added) {
    const grown = intersectRect(inflateRect(rect, into), frame);
    const x0 = Math.floor(grown.x);
    const x1 = Math.ceil(grown.x + grown.width);
    for (let y = Math.floor(grown.y); y < Math.ceil(grown.y + grown.height); y++) {
      bits.fill(255, y * size.width + x0, y * size.width + x1);
    }
  }
  return bits;
}
