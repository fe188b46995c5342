import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { LCM_STYLES, SD_STYLES } from '../../contract/limits.ts';
import { meanAbsDiff, rawOf } from './test-helpers.ts';
import { renderTextToImage } from './text-to-image.ts';

const base = {
  prompt: 'a misty mountain valley at sunset',
  seed: 7,
  width: 96,
  height: 64,
  index: 0,
};

describe('renderTextToImage', () => {
  it('renders a JPEG of exactly the requested size', async () => {
    for (const [width, height] of [
      [32, 32],
      [104, 48],
      [48, 160],
    ] as const) {
      const jpeg = await renderTextToImage({ ...base, width, height });
      const meta = await sharp(jpeg).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', width, height]);
    }
  });

  it('is byte-identical for identical inputs', async () => {
    expect(await renderTextToImage(base)).toEqual(await renderTextToImage(base));
  });

  it('differs between images of a batch, seeds and prompts', async () => {
    const first = await renderTextToImage(base);
    for (const other of [{ index: 1 }, { seed: 8 }, { prompt: 'a cat' }, { style: 'ANIME' }]) {
      const jpeg = await renderTextToImage({ ...base, ...other });
      expect(jpeg.equals(first)).toBe(false);
      expect(meanAbsDiff((await rawOf(jpeg)).data, (await rawOf(first)).data)).toBeGreaterThan(2);
    }
  });

  it('renders every composition and style without failing', async () => {
    const prompts = [
      'a cat',
      'portrait of a woman',
      'a rose',
      'a chrome orb',
      'galaxy',
      'flowing silk',
      'city',
      'ocean',
      'desert',
      'qwerty',
    ];
    for (const [k, prompt] of prompts.entries()) {
      const style = SD_STYLES[(k * 3) % SD_STYLES.length]!;
      const img = await rawOf(
        await renderTextToImage({ ...base, prompt, style, width: 64, height: 48 }),
      );
      let min = 255;
      let max = 0;
      for (const v of img.data) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      // Not a flat colour: the picture has visible structure.
      expect(max - min).toBeGreaterThan(40);
    }
  });

  it('accepts every style enum of the API', async () => {
    for (const style of new Set<string>([...SD_STYLES, ...LCM_STYLES])) {
      const jpeg = await renderTextToImage({ ...base, style, width: 32, height: 32 });
      expect((await sharp(jpeg).metadata()).width).toBe(32);
    }
  });

  it('renders SKETCH_BW in greys', async () => {
    const img = await rawOf(await renderTextToImage({ ...base, style: 'SKETCH_BW' }));
    let chroma = 0;
    for (let i = 0; i < img.data.length; i += 3) {
      chroma +=
        Math.max(img.data[i]!, img.data[i + 1]!, img.data[i + 2]!) -
        Math.min(img.data[i]!, img.data[i + 1]!, img.data[i + 2]!);
    }
    expect(chroma / (img.data.length / 3)).toBeLessThan(4);
  });

  it('tiles seamlessly when asked to', async () => {
    const img = await rawOf(
      await renderTextToImage({
        ...base,
        prompt: 'abstract',
        tiling: true,
        width: 128,
        height: 128,
      }),
    );
    const { data, width: w, height: h } = img;
    const diff = (x0: number, x1: number) => {
      let s = 0;
      for (let y = 0; y < h; y++)
        for (let c = 0; c < 3; c++)
          s += Math.abs(data[(y * w + x0) * 3 + c]! - data[(y * w + x1) * 3 + c]!);
      return s / (h * 3);
    };
    expect(diff(0, w - 1)).toBeLessThan(diff(w / 2, w / 2 - 1) * 2 + 6);
  });
});
