import { describe, expect, it } from 'vitest';
import { FEATHER, inpaintImage } from './inpaint.ts';
import { testImage } from './test-helpers.ts';
import { ImageInputError } from './types.ts';
import type { RgbImage } from './types.ts';

const W = 96;
const H = 80;

function maskOf(inside: (x: number, y: number) => boolean, w = W, h = H): RgbImage {
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      if (inside(x, y)) data.fill(255, (y * w + x) * 3, (y * w + x) * 3 + 3);
  return { data, width: w, height: h };
}

/** Chebyshev distance to the nearest mask pixel, looking no further than `FEATHER + 1`. */
function distanceToMask(mask: RgbImage, x: number, y: number): number {
  let best = Infinity;
  const r = FEATHER + 1;
  for (let my = Math.max(0, y - r); my <= Math.min(mask.height - 1, y + r); my++) {
    for (let mx = Math.max(0, x - r); mx <= Math.min(mask.width - 1, x + r); mx++) {
      if (mask.data[(my * mask.width + mx) * 3]! >= 128)
        best = Math.min(best, Math.max(Math.abs(mx - x), Math.abs(my - y)));
    }
  }
  return best;
}

describe('inpaintImage', () => {
  const image = testImage(W, H);
  const mask = maskOf(
    (x, y) => Math.hypot(x - 40, y - 36) < 16 || (y > 60 && y < 64 && x > 10 && x < 80),
  );

  it('leaves everything outside the mask and its feather band byte-identical', async () => {
    const out = await inpaintImage({ image, mask, prompt: 'a cat', strength: 0.8, seed: 1 });
    expect([out.width, out.height]).toEqual([W, H]);
    let changedInside = 0;
    let insideCount = 0;
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const i = (y * W + x) * 3;
        const same =
          out.data[i] === image.data[i] &&
          out.data[i + 1] === image.data[i + 1] &&
          out.data[i + 2] === image.data[i + 2];
        const d = distanceToMask(mask, x, y);
        if (d > FEATHER) expect(same, `pixel ${x},${y} at distance ${d}`).toBe(true);
        if (d === 0) {
          insideCount++;
          if (!same) changedInside++;
        }
      }
    }
    expect(changedInside / insideCount).toBeGreaterThan(0.9);
  });

  it('removes the masked object by continuing its surroundings', async () => {
    const plain = new Uint8Array(W * H * 3).fill(100);
    for (let y = 30; y < 40; y++)
      for (let x = 30; x < 40; x++) plain.fill(250, (y * W + x) * 3, (y * W + x) * 3 + 3);
    const square = maskOf((x, y) => x >= 28 && x < 42 && y >= 28 && y < 42);
    const out = await inpaintImage({
      image: { data: plain, width: W, height: H },
      mask: square,
      prompt: 'x',
      strength: 0,
      seed: 1,
    });
    expect(Math.abs(out.data[(35 * W + 35) * 3]! - 100)).toBeLessThan(12);
  });

  it('is deterministic and seed dependent', async () => {
    const a = await inpaintImage({ image, mask, prompt: 'flowers', strength: 0.6, seed: 2 });
    expect(
      (await inpaintImage({ image, mask, prompt: 'flowers', strength: 0.6, seed: 2 })).data,
    ).toEqual(a.data);
    expect(
      (await inpaintImage({ image, mask, prompt: 'flowers', strength: 0.6, seed: 3 })).data,
    ).not.toEqual(a.data);
  });

  it('returns the image unchanged for an empty mask', async () => {
    const out = await inpaintImage({
      image,
      mask: maskOf(() => false),
      prompt: 'x',
      strength: 1,
      seed: 1,
    });
    expect(out.data).toEqual(image.data);
  });

  it('rejects a mask of another size', async () => {
    const error = await inpaintImage({
      image,
      mask: maskOf(() => true, 50, 40),
      prompt: 'x',
      strength: 1,
      seed: 1,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageInputError);
    expect((error as Error).message).toBe(
      'maskDataUrl must be the same size as imageDataUrl (50x40 vs 96x80)',
    );
  });
});
