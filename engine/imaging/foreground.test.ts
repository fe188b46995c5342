import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodePngWithAlpha, foregroundAlpha } from './foreground.ts';
import { testImage } from './test-helpers.ts';

describe('foregroundAlpha', () => {
  const img = testImage(96, 64);
  const alpha = foregroundAlpha(img);
  const at = (x: number, y: number) => alpha[y * 96 + x]!;

  it('clears the border and keeps the centre', () => {
    for (const [x, y] of [
      [0, 0],
      [95, 0],
      [0, 63],
      [95, 63],
      [48, 0],
      [0, 32],
    ] as const) {
      expect(at(x, y), `alpha at ${x},${y}`).toBe(0);
    }
    expect(at(48, 32)).toBeGreaterThan(200);
  });

  it('keeps more of what stands out from the background than of what matches it', () => {
    // testImage's disc is centred at (38, 29); a point at the same distance from the centre
    // on the other side lies on the plain gradient.
    expect(at(38, 29)).toBeGreaterThan(at(58, 35));
  });

  it('encodes a PNG with a real alpha channel, the same bytes every time', async () => {
    const png = await encodePngWithAlpha(img, alpha);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.channels, meta.hasAlpha]).toEqual(['png', 4, true]);
    const { data } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect(data[3]).toBe(0);
    expect(png.equals(await encodePngWithAlpha(img, foregroundAlpha(img)))).toBe(true);
  });
});
