import { describe, expect, it } from 'vitest';
import { lcmImageToImage } from './lcm.ts';
import type { LcmParams } from './lcm.ts';
import { meanAbsDiff, testImage } from './test-helpers.ts';

const image = testImage(128, 128);
const base: LcmParams = {
  image,
  prompt: 'a cat in a forest',
  strength: 0.5,
  guidance: 7,
  steps: 8,
  seed: 11,
  width: 128,
  height: 128,
  mode: 'generate',
};

describe('lcmImageToImage', () => {
  it('answers exactly width × height, resizing the input when needed', async () => {
    const out = await lcmImageToImage({
      ...base,
      image: testImage(100, 60),
      width: 160,
      height: 96,
    });
    expect([out.width, out.height, out.data.length]).toEqual([160, 96, 160 * 96 * 3]);
  });

  it('is deterministic', async () => {
    const a = await lcmImageToImage(base);
    const b = await lcmImageToImage(base);
    expect(b.data).toEqual(a.data);
    expect((await lcmImageToImage({ ...base, seed: 12 })).data).not.toEqual(a.data);
  });

  it('keeps the input at low strength and leaves it at high strength, smoothly', async () => {
    const diffs: number[] = [];
    for (const strength of [0.1, 0.3, 0.5, 0.7, 0.9, 1]) {
      const out = await lcmImageToImage({ ...base, strength });
      diffs.push(meanAbsDiff(out.data, image.data));
    }
    expect(diffs[0]).toBeLessThan(12);
    expect(diffs.at(-1)).toBeGreaterThan(45);
    for (let i = 1; i < diffs.length; i++) expect(diffs[i]).toBeGreaterThan(diffs[i - 1]! - 1);
  });

  it('stays closer to the input in refine mode', async () => {
    const generate = await lcmImageToImage({ ...base, strength: 0.8 });
    const refine = await lcmImageToImage({ ...base, strength: 0.8, mode: 'refine' });
    expect(meanAbsDiff(refine.data, image.data)).toBeLessThan(
      meanAbsDiff(generate.data, image.data),
    );
    expect(meanAbsDiff(refine.data, image.data)).toBeGreaterThan(0.5);
  });

  it('pulls harder toward the palette with more guidance', async () => {
    const low = await lcmImageToImage({ ...base, strength: 0.4, guidance: 0.5 });
    const high = await lcmImageToImage({ ...base, strength: 0.4, guidance: 20 });
    expect(meanAbsDiff(high.data, image.data)).toBeGreaterThan(meanAbsDiff(low.data, image.data));
  });

  it('adds more detail with more steps', async () => {
    const few = await lcmImageToImage({ ...base, steps: 4 });
    const many = await lcmImageToImage({ ...base, steps: 16 });
    expect(many.data).not.toEqual(few.data);
  });
});
