import { describe, expect, it } from 'vitest';
import { imagePoint } from './points.ts';
import {
  EMPTY_RECT,
  boundsOfPoints,
  inflateRect,
  isEmptyRect,
  pixelRect,
  rectFromPoints,
  segmentBounds,
  unionRect,
} from './rect.ts';

describe('rectangles', () => {
  it('spans two points in any order', () => {
    expect(rectFromPoints(imagePoint(10, 40), imagePoint(4, 8))).toEqual({
      x: 4,
      y: 8,
      width: 6,
      height: 32,
    });
  });

  it('unites, ignoring empty ones', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    const b = { x: 5, y: -5, width: 10, height: 10 };
    expect(unionRect(a, b)).toEqual({ x: 0, y: -5, width: 15, height: 15 });
    expect(unionRect(EMPTY_RECT, b)).toBe(b);
    expect(unionRect(a, EMPTY_RECT)).toBe(a);
  });

  it('covers whole pixels and stays inside the bitmap', () => {
    expect(
      pixelRect({ x: -3.5, y: 2.2, width: 10, height: 3.1 }, { width: 5, height: 100 }),
    ).toEqual({ x: 0, y: 2, width: 5, height: 4 });
    expect(
      isEmptyRect(pixelRect({ x: 50, y: 50, width: 5, height: 5 }, { width: 10, height: 10 })),
    ).toBe(true);
  });

  it('bounds a round-capped segment by half its width, plus a pixel of antialiasing', () => {
    expect(segmentBounds(imagePoint(10, 10), imagePoint(20, 10), 8)).toEqual({
      x: 5,
      y: 5,
      width: 20,
      height: 10,
    });
    expect(inflateRect({ x: 1, y: 1, width: 1, height: 1 }, 1)).toEqual({
      x: 0,
      y: 0,
      width: 3,
      height: 3,
    });
  });

  it('bounds a list of points', () => {
    expect(boundsOfPoints([])).toEqual(EMPTY_RECT);
    expect(boundsOfPoints([imagePoint(3, 4), imagePoint(-1, 9), imagePoint(2, 2)])).toEqual({
      x: -1,
      y: 2,
      width: 4,
      height: 7,
    });
  });
});
