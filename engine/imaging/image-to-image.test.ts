import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { edgeMap } from './edges.ts';
import { renderImageToImage } from './image-to-image.ts';
import { meanAbsDiff, rawOf, testImage } from './test-helpers.ts';
import { renderTextToImagePixels } from './text-to-image.ts';
import type { RgbImage } from './types.ts';

const base = { prompt: 'a stone bridge over a river', seed: 11, width: 128, height: 96, index: 0 };
const init = testImage(160, 120);

const resized = (img: RgbImage, width: number, height: number) =>
  sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
    .resize(width, height, { fit: 'fill', kernel: 'lanczos3' })
    .png()
    .toBuffer();

/** A white ring on black. */
function ring(width: number, height: number): RgbImage {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const r = Math.hypot(x - width / 2, y - height / 2);
      if (r > height * 0.25 && r < height * 0.35)
        data.fill(255, (y * width + x) * 3, (y * width + x) * 3 + 3);
    }
  }
  return { data, width, height };
}

/** Pearson correlation of two planes. */
function correlation(a: Float32Array, b: Float32Array): number {
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < a.length; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= a.length;
  mb /= b.length;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += (a[i]! - ma) * (b[i]! - mb);
    aa += (a[i]! - ma) ** 2;
    bb += (b[i]! - mb) ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}

describe('renderImageToImage', () => {
  it('keeps more of the init image the higher init_strength is', async () => {
    const target = await rawOf(await resized(init, 128, 96));
    const distance = async (strength: number) => {
      const out = await renderImageToImage({ ...base, init: { image: init, strength } });
      expect(out.format).toBe('jpeg');
      return meanAbsDiff((await rawOf(out.bytes)).data, target.data);
    };
    const [low, mid, high] = [await distance(0.1), await distance(0.5), await distance(0.9)];
    expect(high).toBeLessThan(mid);
    expect(mid).toBeLessThan(low);
    expect(high).toBeLessThan(20);
  });

  it('draws a ControlNet guide’s edges into the composition, more with more weight', async () => {
    const guideEdges = edgeMap(await rawOf(await resized(init, 128, 96)));
    const plain = await rawOf((await renderImageToImage(base)).bytes);
    /** How much darker than the plain render each pixel is with this guide. */
    const darkening = async (image: RgbImage, weight: number) => {
      const out = await rawOf(
        (await renderImageToImage({ ...base, guides: [{ image, weight }] })).bytes,
      );
      const plane = new Float32Array(128 * 96);
      for (let i = 0; i < plane.length; i++) {
        const lum = (d: Uint8Array) => d[i * 3]! + d[i * 3 + 1]! + d[i * 3 + 2]!;
        plane[i] = (lum(plain.data) - lum(out.data)) / 765;
      }
      return plane;
    };
    const mean = (plane: Float32Array) => plane.reduce((a, b) => a + b, 0) / plane.length;
    const light = await darkening(init, 0.3);
    const strong = await darkening(init, 1);
    // Another guide (a ring) darkens elsewhere: the lines follow the guide, not the picture.
    const other = await darkening(ring(128, 96), 1);
    for (const plane of [light, strong]) {
      expect(correlation(plane, guideEdges)).toBeGreaterThan(0.45);
      expect(correlation(plane, guideEdges)).toBeGreaterThan(2 * correlation(other, guideEdges));
    }
    expect(mean(strong)).toBeGreaterThan(mean(light) * 2);
  });

  it('without an init image or guides, is the text-to-image picture', async () => {
    const out = await renderImageToImage({ ...base });
    const plain = renderTextToImagePixels(base);
    // The only difference is JPEG's own rounding.
    expect(meanAbsDiff((await rawOf(out.bytes)).data, plain.data)).toBeLessThan(5);
  });

  it('answers a PNG with a transparent background for foreground_only', async () => {
    const out = await renderImageToImage({
      ...base,
      init: { image: init, strength: 0.5 },
      transparent: true,
    });
    expect(out.format).toBe('png');
    const { data, info } = await sharp(out.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(4);
    expect(data[3]).toBe(0);
    const centre = (48 * 128 + 64) * 4 + 3;
    expect(data[centre]).toBeGreaterThan(200);
  });

  it('is byte-identical for identical inputs, and varies with the batch index', async () => {
    const p = {
      ...base,
      init: { image: init, strength: 0.4 },
      guides: [{ image: init, weight: 0.7 }],
    };
    const a = await renderImageToImage(p);
    const b = await renderImageToImage(p);
    expect(a.bytes.equals(b.bytes)).toBe(true);
    const other = await renderImageToImage({ ...p, index: 1 });
    expect(other.bytes.equals(a.bytes)).toBe(false);
  });
});
