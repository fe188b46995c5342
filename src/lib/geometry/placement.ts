import { imagePoint, type ImagePoint, type Size } from './points.ts';
import { boundsOfPoints, type Rect } from './rect.ts';

/**
 * Where an image layer sits in the frame, as Konva's Transformer edits a node: its top-left
 * corner at (x, y), drawn `width` × `height` frame pixels, turned `rotation` degrees clockwise
 * about that corner.
 */
export interface Placement {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rotation: number;
}

/** A 2D affine matrix as canvas `setTransform(a, b, c, d, e, f)` takes it. */
export type Matrix = readonly [number, number, number, number, number, number];

/** Maps a pixel of the source image (of `source` size) to the frame. */
export function placementMatrix(p: Placement, source: Size): Matrix {
  const angle = (p.rotation * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const sx = p.width / source.width;
  const sy = p.height / source.height;
  return [cos * sx, sin * sx, -sin * sy, cos * sy, p.x, p.y];
}

/** The placed image's corners in the frame: top-left, top-right, bottom-right, bottom-left. */
export function placementCorners(p: Placement): ImagePoint[] {
  const angle = (p.rotation * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const at = (u: number, v: number) => imagePoint(p.x + u * cos - v * sin, p.y + u * sin + v * cos);
  return [at(0, 0), at(p.width, 0), at(p.width, p.height), at(0, p.height)];
}

/** The frame pixels the placed image can touch. */
export function placementBounds(p: Placement): Rect {
  return boundsOfPoints(placementCorners(p));
}

/** The image centred in the frame, whole ("contain") or filling it ("cover"), unrotated. */
export function fitPlacement(source: Size, frame: Size, mode: 'contain' | 'cover'): Placement {
  if (source.width <= 0 || source.height <= 0) {
    return { x: 0, y: 0, width: frame.width, height: frame.height, rotation: 0 };
  }
  const pick = mode === 'contain' ? Math.min : Math.max;
  const scale = pick(frame.width / source.width, frame.height / source.height);
  const width = source.width * scale;
  const height = source.height * scale;
  return {
    x: (frame.width - width) / 2,
    y: (frame.height - height) / 2,
    width,
    height,
    rotation: 0,
  };
}

/** The same placement moved by (dx, dy): the frame grew on the left or top. */
export function movePlacement(p: Placement, dx: number, dy: number): Placement {
  return { ...p, x: p.x + dx, y: p.y + dy };
}

/** Scales a placement about the frame's origin (the whole picture resampled to a new frame). */
export function scalePlacement(p: Placement, scale: number, dx: number, dy: number): Placement {
  return {
    ...p,
    x: p.x * scale + dx,
    y: p.y * scale + dy,
    width: p.width * scale,
    height: p.height * scale,
  };
}

/** How close (in frame pixels) an edge must come to a guide to snap to it. */
export const SNAP_DISTANCE = 8;

/** The value among `guides` nearest to `value` within `threshold`, or `value` itself. */
export function snapValue(value: number, guides: readonly number[], threshold = SNAP_DISTANCE) {
  let best = value;
  let distance = threshold;
  for (const guide of guides) {
    const d = Math.abs(guide - value);
    if (d <= distance) {
      best = guide;
      distance = d;
    }
  }
  return best;
}

/**
 * How far to move a dragged image so one of its edges or its centre lands on the frame's edge or
 * centre line, when one is within `threshold` (per axis; the nearest wins).
 */
export function snapOffset(bounds: Rect, frame: Size, threshold = SNAP_DISTANCE) {
  const axis = (start: number, length: number, extent: number) => {
    let best = 0;
    let distance = threshold + 1;
    for (const edge of [start, start + length / 2, start + length]) {
      for (const guide of [0, extent / 2, extent]) {
        const d = guide - edge;
        if (Math.abs(d) < distance) {
          best = d;
          distance = Math.abs(d);
        }
      }
    }
    return distance <= threshold ? best : 0;
  };
  return {
    dx: axis(bounds.x, bounds.width, frame.width),
    dy: axis(bounds.y, bounds.height, frame.height),
  };
}
