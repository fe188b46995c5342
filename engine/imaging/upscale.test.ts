import { describe, expect, it } from 'vitest';
import { resizeRgb } from './decode.ts';
import { meanAbsDiff, testImage } from './test-helpers.ts';
import { upscaleImage } from './upscale.ts';

describe('upscaleImage', () => {
  const image = testImage(60, 40);

  it('doubles each side', async () => {
    const out = await upscaleImage({ image, factor: 2, seed: 1 });
    expect([out.width, out.height, out.data.length]).toEqual([120, 80, 120 * 80 * 3]);
  });

  it('scales by larger factors too', async () => {
    const out = await upscaleImage({ image, factor: 3, seed: 1 });
    expect([out.width, out.height]).toEqual([180, 120]);
  });

  it('stays faithful to a plain enlargement', async () => {
    const out = await upscaleImage({ image, factor: 2, seed: 1 });
    const plain = await resizeRgb(image, 120, 80);
    expect(meanAbsDiff(out.data, plain.data)).toBeLessThan(12);
  });

  it('is deterministic, and creative mode adds seeded detail', async () => {
    const a = await upscaleImage({
      image,
      factor: 2,
      seed: 1,
      creative: true,
      refineStrength: 0.9,
    });
    expect(
      (await upscaleImage({ image, factor: 2, seed: 1, creative: true, refineStrength: 0.9 })).data,
    ).toEqual(a.data);
    expect(
      (await upscaleImage({ image, factor: 2, seed: 2, creative: true, refineStrength: 0.9 })).data,
    ).not.toEqual(a.data);
    const plain = await upscaleImage({
      image,
      factor: 2,
      seed: 1,
      creative: false,
      refineStrength: 0.9,
    });
    expect(meanAbsDiff(a.data, plain.data)).toBeGreaterThan(0.5);
  });
});
