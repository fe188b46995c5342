import { describe, expect, it } from 'vitest';
import { boundsOf, boxProjectUvs, dominantAxis } from './box-uv.ts';

// Two triangles: one facing +z (front of a 2×2×2 box), one facing +y (top).
const FRONT = [-1, -1, 1, 1, -1, 1, 1, 1, 1];
const TOP = [-1, 1, -1, -1, 1, 1, 1, 1, 1];

describe('box projection', () => {
  it('finds the bounds of a position list', () => {
    expect(boundsOf([...FRONT, ...TOP])).toEqual({ min: [-1, -1, -1], max: [1, 1, 1] });
    expect(boundsOf([])).toEqual({ min: [0, 0, 0], max: [0, 0, 0] });
  });

  it('finds the axis a triangle faces', () => {
    expect(dominantAxis([-1, -1, 1], [1, -1, 1], [1, 1, 1])).toEqual({ axis: 2, positive: true });
    expect(dominantAxis([-1, 1, -1], [-1, 1, 1], [1, 1, 1])).toEqual({ axis: 1, positive: true });
    expect(dominantAxis([0, 0, 0], [0, 0, 1], [0, 1, 0])).toEqual({ axis: 0, positive: false });
  });

  it('maps the front face onto x and y across the whole texture', () => {
    const uvs = Array.from(boxProjectUvs(FRONT, { min: [-1, -1, -1], max: [1, 1, 1] }));
    expect(uvs).toEqual([0, 0, 1, 0, 1, 1]);
  });

  it('maps the top face onto x and z', () => {
    const uvs = Array.from(boxProjectUvs(TOP, { min: [-1, -1, -1], max: [1, 1, 1] }));
    expect(uvs).toEqual([0, 1, 0, 0, 1, 0]);
  });

  it('keeps the scale of the largest side, so nothing stretches', () => {
    // A 4-wide, 2-high front face: v spans only half the texture.
    const wide = [-2, -1, 0, 2, -1, 0, 2, 1, 0];
    const uvs = Array.from(boxProjectUvs(wide));
    expect(uvs).toEqual([0, 0, 1, 0, 1, 0.5]);
  });

  it('gives every vertex a pair, all within 0..1', () => {
    const uvs = boxProjectUvs([...FRONT, ...TOP]);
    expect(uvs).toHaveLength(12);
    for (const value of uvs) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });
});
