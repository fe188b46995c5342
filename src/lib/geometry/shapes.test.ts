import { describe, expect, it } from 'vitest';
import { containRect } from './fit.ts';
import { imagePoint } from './points.ts';
import { constrainEnd, ellipseOf, shapeRect } from './shapes.ts';

describe('shapes', () => {
  it('snaps a line to 45° steps with Shift', () => {
    const end = constrainEnd('line', imagePoint(0, 0), imagePoint(10, 1));
    expect(end.x).toBeCloseTo(Math.hypot(10, 1));
    expect(end.y).toBeCloseTo(0);
    const diagonal = constrainEnd('line', imagePoint(0, 0), imagePoint(10, 9));
    expect(diagonal.x).toBeCloseTo(diagonal.y);
  });

  it('makes squares and circles with Shift, in the drag’s direction', () => {
    expect(constrainEnd('rectangle', imagePoint(10, 10), imagePoint(0, 14))).toEqual({
      x: 0,
      y: 20,
    });
    expect(constrainEnd('ellipse', imagePoint(0, 0), imagePoint(3, -8))).toEqual({ x: 8, y: -8 });
  });

  it('inscribes the ellipse in the dragged rectangle', () => {
    const rect = shapeRect({ kind: 'ellipse', start: imagePoint(10, 20), end: imagePoint(0, 0) });
    expect(ellipseOf(rect)).toEqual({ cx: 5, cy: 10, rx: 5, ry: 10 });
  });
});

describe('containRect', () => {
  it('fits a wide image into a square, centred', () => {
    expect(containRect({ width: 200, height: 100 }, { width: 512, height: 512 })).toEqual({
      x: 0,
      y: 128,
      width: 512,
      height: 256,
    });
  });

  it('scales a small image up to fill the shorter side', () => {
    expect(containRect({ width: 64, height: 128 }, { width: 640, height: 512 })).toEqual({
      x: 192,
      y: 0,
      width: 256,
      height: 512,
    });
  });

  it('places nothing for an empty image', () => {
    expect(containRect({ width: 0, height: 10 }, { width: 10, height: 10 }).width).toBe(0);
  });
});
