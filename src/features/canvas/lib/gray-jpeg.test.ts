import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeGrayJpeg, quantTable } from './gray-jpeg.ts';

/** Decodes with libvips (the engine's decoder), one channel out. */
async function decode(bytes: Uint8Array) {
  const { data, info } = await sharp(bytes).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, info.width * info.height), info };
}

function image(width: number, height: number, value: (x: number, y: number) => number) {
  const gray = new Uint8Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) gray[y * width + x] = value(x, y);
  return gray;
}

const meanAbsDiff = (a: Uint8Array, b: Uint8Array) =>
  a.reduce((sum, v, i) => sum + Math.abs(v - b[i]!), 0) / a.length;

describe('encodeGrayJpeg', () => {
  it('writes a baseline JPEG of exactly the given size, one channel', async () => {
    const bytes = encodeGrayJpeg(
      image(640, 512, () => 0),
      640,
      512,
    );
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
    expect([bytes.at(-2), bytes.at(-1)]).toEqual([0xff, 0xd9]);
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 640, height: 512, channels: 1 });
  });

  it('keeps a white-on-black mask white and black, with small error at the edges only', async () => {
    const mask = image(256, 192, (x, y) => (x >= 61 && x < 150 && y >= 40 && y < 133 ? 255 : 0));
    const { data } = await decode(encodeGrayJpeg(mask, 256, 192));
    expect(meanAbsDiff(mask, data)).toBeLessThan(2);
    expect(data[100 * 256 + 100]).toBeGreaterThan(250);
    expect(data[10 * 256 + 10]).toBeLessThan(5);
    // Binarised again at half way, the mask comes back exactly.
    const back = data.map((v) => (v >= 128 ? 255 : 0));
    expect(meanAbsDiff(mask, back)).toBe(0);
  });

  it('encodes soft (feathered) edges and gradients faithfully', async () => {
    const gradient = image(64, 64, (x, y) => Math.round(((x + y) / 126) * 255));
    const { data } = await decode(encodeGrayJpeg(gradient, 64, 64));
    expect(meanAbsDiff(gradient, data)).toBeLessThan(2);
  });

  it('handles sizes that are not multiples of 8 and all-white images', async () => {
    const odd = image(13, 9, (x) => (x > 6 ? 255 : 0));
    const { data, info } = await decode(encodeGrayJpeg(odd, 13, 9));
    expect([info.width, info.height]).toEqual([13, 9]);
    expect(meanAbsDiff(odd, data)).toBeLessThan(6);
    const white = await decode(
      encodeGrayJpeg(
        image(32, 32, () => 255),
        32,
        32,
      ),
    );
    expect(Math.min(...white.data)).toBeGreaterThanOrEqual(254);
  });

  it('refuses samples that do not match the size', () => {
    expect(() => encodeGrayJpeg(new Uint8Array(10), 4, 4)).toThrow(RangeError);
  });

  it('scales the quantisation table with quality', () => {
    expect(quantTable(50)[0]).toBe(16);
    expect(quantTable(100).every((v) => v === 1)).toBe(true);
    expect(quantTable(10)[0]).toBe(80);
  });
});
