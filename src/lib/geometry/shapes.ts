import { imagePoint, type ImagePoint } from './points.ts';
import { rectFromPoints, type Rect } from './rect.ts';

export type ShapeKind = 'line' | 'rectangle' | 'ellipse';

export interface ShapeGeometry {
  kind: ShapeKind;
  start: ImagePoint;
  end: ImagePoint;
}

/**
 * With Shift held, a line snaps to multiples of 45° and a rectangle or ellipse becomes a square or
 * a circle (the side is the longer drag distance), as in most drawing programs.
 */
export function constrainEnd(kind: ShapeKind, start: ImagePoint, end: ImagePoint): ImagePoint {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  if (kind === 'line') {
    const length = Math.hypot(dx, dy);
    const angle = Math.round(Math.atan2(dy, dx) / (Math.PI / 4)) * (Math.PI / 4);
    return imagePoint(start.x + Math.cos(angle) * length, start.y + Math.sin(angle) * length);
  }
  const side = Math.max(Math.abs(dx), Math.abs(dy));
  return imagePoint(start.x + Math.sign(dx || 1) * side, start.y + Math.sign(dy || 1) * side);
}

/** The rectangle a rectangle or ellipse drag spans. */
export function shapeRect(shape: ShapeGeometry): Rect {
  return rectFromPoints(shape.start, shape.end);
}

/** Centre and radii of the ellipse inscribed in the dragged rectangle. */
export function ellipseOf(rect: Rect): { cx: number; cy: number; rx: number; ry: number } {
  return {
    cx: rect.x + rect.width / 2,
    cy: rect.y + rect.height / 2,
    rx: rect.width / 2,
    ry: rect.height / 2,
  };
}
