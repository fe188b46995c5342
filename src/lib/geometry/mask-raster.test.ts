import { describe, expect, it } from 'vitest';
import {
  assertRgbaSize,
  binariseAlpha,
  coveredPixels,
  featherCoverage,
  writeCoverage,
} from './mask-raster.ts';

/** The export's steps in order: coverage from alpha, binarised, then feathered. */
function rasteriseMask(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
  options: { feather?: number } = {},
) {
  assertRgbaSize(rgba, width, height);
  return featherCoverage(binariseAlpha(rgba), width, height, options.feather ?? 0);
}

/** An RGBA bitmap whose alpha is `alpha(x, y)`, tinted like the mask layer. */
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

/** The obvious blur: every pass over the whole image, edges clamped, rounded like the real one. */
function referenceFeather(values: Uint8Array, width: number, height: number, feather: number) {
  const r = Math.round(feather / 2);
  let a = Float64Array.from(values);
  const pass = (src: Float64Array, horizontal: boolean) => {
    const out = new Float64Array(src.length);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let sum = 0;
        for (let k = -r; k <= r; k++) {
          const xx = horizontal ? Math.min(width - 1, Math.max(0, x + k)) : x;
          const yy = horizontal ? y : Math.min(height - 1, Math.max(0, y + k));
          sum += src[yy * width + xx]!;
        }
        out[y * width + x] = Math.floor((sum * Math.round(65536 / (2 * r + 1)) + 32768) / 65536);
      }
    }
    return out;
  };
  a = pass(pass(a, true), false);
  return Uint8Array.from(a);
}

describe('mask size', () => {
  it('accepts a buffer of exactly width × height pixels and gives one value per pixel', () => {
    expect(() => assertRgbaSize(new Uint8ClampedArray(640 * 512 * 4), 640, 512)).not.toThrow();
    const gray = rasteriseMask(
      maskBitmap(640, 512, () => 0),
      640,
      512,
      { feather: 6 },
    );
    expect(gray).toHaveLength(640 * 512);
  });

  it('refuses a buffer of another size, or a non-whole size', () => {
    expect(() => rasteriseMask(new Uint8ClampedArray(512 * 512 * 4), 640, 512)).toThrow(
      /not 640×512/,
    );
    expect(() => assertRgbaSize(new Uint8ClampedArray(4), 0.5, 8)).toThrow(RangeError);
  });
});

describe('binarisation', () => {
  it('turns coverage into pure white or black at the threshold', () => {
    const rgba = maskBitmap(4, 1, (x) => [0, 127, 128, 255][x]!);
    expect(Array.from(binariseAlpha(rgba))).toEqual([0, 0, 255, 255]);
    expect(Array.from(binariseAlpha(rgba, 200))).toEqual([0, 0, 0, 255]);
  });

  it('ignores the tint colour: only coverage counts', () => {
    const rgba = maskBitmap(3, 1, (x) => (x === 1 ? 200 : 10));
    rgba[0] = 255;
    rgba[1] = 255;
    rgba[2] = 255;
    expect(Array.from(rasteriseMask(rgba, 3, 1))).toEqual([0, 255, 0]);
  });

  it('counts covered pixels', () => {
    expect(coveredPixels(maskBitmap(10, 10, (x, y) => (x < 3 && y < 2 ? 255 : 0)))).toBe(6);
  });
});

describe('feather', () => {
  const size = 64;
  const square = () =>
    maskBitmap(size, size, (x, y) => (x >= 22 && x < 42 && y >= 22 && y < 42 ? 255 : 0));
  const at = (gray: Uint8Array, x: number, y: number) => gray[y * size + x]!;

  it('without feather, the edge is a hard step', () => {
    const gray = rasteriseMask(square(), size, size, { feather: 0 });
    expect(at(gray, 21, 32)).toBe(0);
    expect(at(gray, 22, 32)).toBe(255);
  });

  it('softens the edge into a ramp about the feather wide, monotonically', () => {
    const gray = rasteriseMask(square(), size, size, { feather: 8 });
    const row = Array.from({ length: 20 }, (_, i) => at(gray, 12 + i, 32));
    for (let i = 1; i < row.length; i++) expect(row[i]!).toBeGreaterThanOrEqual(row[i - 1]!);
    expect(at(gray, 32, 32)).toBe(255);
    expect(at(gray, 5, 32)).toBe(0);
    expect(at(gray, 22, 32)).toBeGreaterThan(100);
    expect(at(gray, 22, 32)).toBeLessThan(230);
    expect(at(gray, 21, 32)).toBeGreaterThan(20);
    expect(at(gray, 21, 32)).toBeLessThan(160);
    // Beyond the feather's reach nothing changes.
    expect(at(gray, 22 - 9, 32)).toBe(0);
  });

  it('matches a whole-image blur although it only works near the mask', () => {
    const shapes = [
      (x: number, y: number) => (Math.hypot(x - 40, y - 30) < 12 ? 255 : 0),
      // Touching the image's edges, where the blur clamps.
      (x: number, y: number) => (x < 9 || y > 70 ? 255 : 0),
      (x: number, y: number) => ((x * 7 + y * 3) % 11 < 4 ? 255 : 0),
    ];
    for (const shape of shapes) {
      for (const feather of [1, 4, 9]) {
        const coverage = binariseAlpha(maskBitmap(80, 76, shape));
        const expected = referenceFeather(coverage, 80, 76, feather);
        expect(Array.from(featherCoverage(coverage, 80, 76, feather))).toEqual(
          Array.from(expected),
        );
      }
    }
  });

  it('keeps full and empty masks exactly full and empty', () => {
    const full = rasteriseMask(
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

describe('writeCoverage', () => {
  it('writes a patch into the whole-image coverage and counts what changed', () => {
    const coverage = new Uint8Array(6 * 4);
    const patch = maskBitmap(2, 2, (x, y) => (x === 0 || y === 1 ? 255 : 0));
    expect(writeCoverage(coverage, 6, { x: 3, y: 1, width: 2, height: 2 }, patch)).toBe(3);
    expect(Array.from(coverage.subarray(6, 12))).toEqual([0, 0, 0, 255, 0, 0]);
    expect(Array.from(coverage.subarray(12, 18))).toEqual([0, 0, 0, 255, 255, 0]);
    // Writing an empty patch over it takes the three back.
    const empty = maskBitmap(2, 2, () => 0);
    expect(writeCoverage(coverage, 6, { x: 3, y: 1, width: 2, height: 2 }, empty)).toBe(-3);
    expect(coverage.every((v) => v === 0)).toBe(true);
  });

  it('refuses a patch of another size than its rectangle', () => {
    expect(() =>
      writeCoverage(
        new Uint8Array(16),
        4,
        { x: 0, y: 0, width: 2, height: 2 },
        new Uint8ClampedArray(4),
      ),
    ).toThrow(RangeError);
  });
});
