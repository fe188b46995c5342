import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { featherCoverage } from '../../../lib/geometry/mask-raster.ts';
import {
  blockGrid,
  countBlocks,
  featheredMaskBlocks,
  renderFeatheredMask,
  type CoverageBlocks,
} from './feathered-mask.ts';
import { encodeGrayJpeg, encodeGrayJpegBlocks } from './gray-jpeg.ts';

/** A mask of discs (some cut by the edges) and a few lone pixels, from a fixed seed. */
function coverage(width: number, height: number, seed: number, discs = 6): CoverageBlocks {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648), state / 2147483648);
  const bits = new Uint8Array(width * height);
  for (let d = 0; d < discs; d++) {
    const cx = random() * width;
    const cy = random() * height;
    const radius = 2 + random() * Math.min(width, height) * 0.3;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if ((x - cx) ** 2 + (y - cy) ** 2 <= radius * radius) bits[y * width + x] = 255;
      }
    }
  }
  for (let k = 0; k < 5; k++) bits[Math.floor(random() * width * height)] = 255;
  const { columns, rows } = blockGrid(width, height);
  const mask = { width, height, bits, blocks: new Uint8Array(columns * rows) };
  countBlocks(mask, { x: 0, y: 0, width, height });
  return mask;
}

/** The first index where two images differ, or -1 (cheaper than toEqual on large arrays). */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

describe('featheredMaskBlocks', () => {
  it.each([
    [128, 96, 0],
    [128, 96, 1],
    [128, 96, 4],
    [101, 67, 4],
    [101, 67, 9],
    [64, 64, 30],
    [200, 120, 64],
  ])('gives exactly featherCoverage over the whole image (%i×%i, feather %i)', (w, h, f) => {
    for (const seed of [1, 2, 3]) {
      const mask = coverage(w, h, seed);
      const expected = featherCoverage(mask.bits.slice(), w, h, f);
      expect(firstDifference(renderFeatheredMask(mask, f), expected)).toBe(-1);
    }
  });

  it('handles empty and wholly covered masks', () => {
    for (const value of [0, 255]) {
      const bits = new Uint8Array(40 * 24).fill(value);
      const mask = { width: 40, height: 24, bits, blocks: new Uint8Array(5 * 3) };
      countBlocks(mask, { x: 0, y: 0, width: 40, height: 24 });
      const expected = featherCoverage(bits.slice(), 40, 24, 8);
      expect(firstDifference(renderFeatheredMask(mask, 8), expected)).toBe(-1);
    }
  });

  it('keeps block counts in step after a change of part of the mask', () => {
    const mask = coverage(96, 80, 7);
    mask.bits.fill(255, 30 * 96 + 10, 30 * 96 + 50);
    countBlocks(mask, { x: 10, y: 30, width: 40, height: 1 });
    const fresh = coverage(96, 80, 7);
    fresh.bits.set(mask.bits);
    countBlocks(fresh, { x: 0, y: 0, width: 96, height: 80 });
    expect(mask.blocks).toEqual(fresh.blocks);
  });

  it('encodes to the same JPEG as the whole feathered image, which decodes to the mask', async () => {
    const mask = coverage(160, 104, 11);
    const bytes = encodeGrayJpegBlocks(160, 104, featheredMaskBlocks(mask, 6));
    const whole = encodeGrayJpeg(featherCoverage(mask.bits.slice(), 160, 104, 6), 160, 104);
    expect(bytes).toEqual(whole);
    const { data, info } = await sharp(bytes)
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([160, 104, 1]);
    const binary = (v: number) => (v >= 128 ? 1 : 0);
    let wrong = 0;
    for (let i = 0; i < mask.bits.length; i++) {
      if (binary(data[i]!) !== binary(mask.bits[i]!)) wrong++;
    }
    expect(wrong / mask.bits.length).toBeLessThan(0.01);
  });
});
