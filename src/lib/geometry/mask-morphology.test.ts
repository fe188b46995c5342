import { describe, expect, it } from 'vitest';
import {
  differenceBounds,
  growCoverage,
  invertCoverage,
  shrinkCoverage,
  squaredDistanceTo,
} from './mask-morphology.ts';

const W = 21;
const H = 21;
function dot(x: number, y: number): Uint8Array {
  const bits = new Uint8Array(W * H);
  bits[y * W + x] = 255;
  return bits;
}
const count = (bits: Uint8Array) => bits.filter((v) => v === 255).length;

describe('mask distance transform', () => {
  it('gives exact squared Euclidean distances', () => {
    const d = squaredDistanceTo(dot(10, 10), W, H, 255);
    expect(d[10 * W + 10]).toBe(0);
    expect(d[10 * W + 13]).toBe(9);
    expect(d[14 * W + 13]).toBe(25);
    expect(d[0]).toBe(200);
  });
});

describe('grow, shrink, invert', () => {
  it('grows a dot into a disc of the radius', () => {
    const grown = growCoverage(dot(10, 10), W, H, 3);
    // Lattice points within distance 3 of a point: 29.
    expect(count(grown)).toBe(29);
    expect(grown[10 * W + 13]).toBe(255);
    expect(grown[13 * W + 13]).toBe(0);
  });

  it('shrinks back what it grew, and a full mask stays full', () => {
    const disc = growCoverage(dot(10, 10), W, H, 6);
    const smaller = shrinkCoverage(disc, W, H, 3);
    expect(count(smaller)).toBeLessThan(count(disc));
    expect(count(smaller)).toBeGreaterThanOrEqual(count(growCoverage(dot(10, 10), W, H, 2)));
    const full = new Uint8Array(W * H).fill(255);
    expect(count(shrinkCoverage(full, W, H, 5))).toBe(W * H);
    expect(count(growCoverage(new Uint8Array(W * H), W, H, 5))).toBe(0);
  });

  it('inverts, and finds where two masks differ', () => {
    const a = dot(3, 4);
    expect(count(invertCoverage(a))).toBe(W * H - 1);
    expect(differenceBounds(a, growCoverage(a, W, H, 1), W, H)).toEqual({
      x: 2,
      y: 3,
      width: 3,
      height: 3,
    });
    expect(differenceBounds(a, a, W, H)).toBeNull();
  });

  it('grows a band of a 1024² mask by its distance on both sides', () => {
    const bits = new Uint8Array(1024 * 1024);
    bits.fill(255, 500 * 1024, 520 * 1024);
    const grown = growCoverage(bits, 1024, 1024, 16);
    expect(grown[484 * 1024 + 7]).toBe(255);
    expect(grown[535 * 1024 + 7]).toBe(255);
    expect(grown[483 * 1024 + 7]).toBe(0);
    expect(grown[536 * 1024 + 7]).toBe(0);
  });
});
