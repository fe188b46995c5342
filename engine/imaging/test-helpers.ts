import sharp from 'sharp';
import type { RgbImage } from './types.ts';

/** A small synthetic picture with structure: gradients, a disc and stripes. */
export function testImage(width: number, height: number, seed = 0): RgbImage {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const disc = Math.hypot(x - width * 0.4, y - height * 0.45) < Math.min(width, height) * 0.2;
      data[i] = disc ? 230 : (x * 255) / width;
      data[i + 1] = disc ? 90 : (y * 255) / height;
      data[i + 2] = ((x >> 3) + (y >> 3) + seed) % 2 === 0 ? 60 : 180;
    }
  }
  return { data, width, height };
}

export function meanAbsDiff(a: Uint8Array, b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

export async function rawOf(encoded: Uint8Array): Promise<RgbImage> {
  const { data, info } = await sharp(encoded)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}
