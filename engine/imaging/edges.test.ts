import { describe, expect, it } from 'vitest';
import { edgeMap } from './edges.ts';
import type { RgbImage } from './types.ts';

/** Black on the left half, white on the right: one vertical edge down the middle. */
function halfAndHalf(w: number, h: number): RgbImage {
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) data.fill(255, (y * w + w / 2) * 3, (y * w + w) * 3);
  return { data, width: w, height: h };
}

describe('edgeMap', () => {
  it('is 1 along an edge and 0 on flat areas', () => {
    const edges = edgeMap(halfAndHalf(64, 32));
    expect(edges[16 * 64 + 32]).toBeCloseTo(1, 1);
    expect(edges[16 * 64 + 5]).toBe(0);
    expect(edges[16 * 64 + 60]).toBe(0);
  });

  it('is all zero for a flat picture', () => {
    const flat = { data: new Uint8Array(16 * 16 * 3).fill(90), width: 16, height: 16 };
    expect(Math.max(...edgeMap(flat))).toBe(0);
  });
});
