import { describe, expect, it } from 'vitest';
import {
  assertRgbaSize,
  binariseAlpha,
  coveredPixels,
  featherCoverage,
  rasteriseMaskInPlace,
} from './mask-raster.ts';

/** An RGBA bitmap whose alpha is `alpha(x, y)`, tinted red like the mask layer. */
function maskBitmap(width: number, height: number, alpha: (x: number, y: number) => number) {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      rgba[i] = 255;
      rgba[i + 1] = 40;
      rgba[i + 3] = alpha(x, y);
    }
  }
  return rgba;
}

const gray = (rgba: Uint8ClampedArray, width: number, x: number, y: number) =>
  rgba[(y * width + x) * 4]!;

describe('mask size', () => {
  it('accepts a buffer of exactly width × height pixels', () => {
    expect(() => assertRgbaSize(new Uint8ClampedArray(640 * 512 * 4), 640, 512)).not.toThrow();
  });

  it('refuses a buffer of another size, or a non-whole size', () => {
    expect(() => assertRgbaSize(new Uint8ClampedArray(512 * 512 * 4), 640, 512)).toThrow(
      /not 640×512/,
    );
    expect(() => assertRgbaSize(new Uint8ClampedArray(4), 0.5, 8)).toThrow(RangeError);
  });

  it('keeps the size through the whole export', () => {
    const rgba = maskBitmap(640, 512, () => 0);
    expect(rasteriseMaskInPlace(rgba, 640, 512, { feather: 6 })).toHaveLength(640 * 512 * 4);
  });
});

describe('binarisation', () => {
  it('turns coverage into pure white or black at the threshold', () => {
    const rgba = maskBitmap(4, 1, (x) => [0, 127, 128, 255][x]!);
    expect(Array.from(binariseAlpha(rgba))).toEqual([0, 0, 255, 255]);
    expect(Array.from(binariseAlpha(rgba, 200))).toEqual([0, 0, 0, 255]);
  });

  it('exports opaque white on black, ignoring the tint colour', () => {
    const rgba = maskBitmap(3, 1, (x) => (x === 1 ? 200 : 10));
    rasteriseMaskInPlace(rgba, 3, 1);
    expect(Array.from(rgba)).toEqual([0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 255]);
  });

  it('counts covered pixels', () => {
    expect(coveredPixels(maskBitmap(10, 10, (x, y) => (x < 3 && y < 2 ? 255 : 0)))).toBe(6);
  });
});

describe('feather', () => {
  const size = 64;
  // A square of 20×20 in the middle.
  const square = () =>
    maskBitmap(size, size, (x, y) => (x >= 22 && x < 42 && y >= 22 && y < 42 ? 255 : 0));

  it('without feather, the edge is a hard step', () => {
    const rgba = rasteriseMaskInPlace(square(), size, size, { feather: 0 });
    expect(gray(rgba, size, 21, 32)).toBe(0);
    expect(gray(rgba, size, 22, 32)).toBe(255);
  });

  it('softens the edge over about the feather width, monotonically', () => {
    const rgba = rasteriseMaskInPlace(square(), size, size, { feather: 8 });
    const row = Array.from({ length: 20 }, (_, i) => gray(rgba, size, 12 + i, 32));
    for (let i = 1; i < row.length; i++) expect(row[i]!).toBeGreaterThanOrEqual(row[i - 1]!);
    // Still white deep inside and black far outside…
    expect(gray(rgba, size, 32, 32)).toBe(255);
    expect(gray(rgba, size, 5, 32)).toBe(0);
    // …and in between at the edge, where the hard mask stepped.
    expect(gray(rgba, size, 22, 32)).toBeGreaterThan(100);
    expect(gray(rgba, size, 22, 32)).toBeLessThan(230);
    expect(gray(rgba, size, 21, 32)).toBeGreaterThan(20);
    expect(gray(rgba, size, 21, 32)).toBeLessThan(160);
    // Beyond the feather width nothing changes.
    expect(gray(rgba, size, 22 - 9, 32)).toBe(0);
  });

  it('keeps full and empty masks exactly full and empty (edges clamp, no dark border)', () => {
    const full = rasteriseMaskInPlace(
      maskBitmap(16, 16, () => 255),
      16,
      16,
      { feather: 10 },
    );
    expect(new Set(full)).toEqual(new Set([255]));
    const empty = featherCoverage(new Uint8Array(256), 16, 16, 10);
    expect(new Set(empty)).toEqual(new Set([0]));
  });
});
