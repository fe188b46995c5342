import sharp from 'sharp';
import { clamp01, smoothstep } from './color.ts';
import { boxBlur } from './field.ts';
import type { RgbImage } from './types.ts';

/**
 * An alpha plane (0..255) that keeps a picture's foreground and clears its background, for
 * `transparency: "foreground_only"`. Without a segmentation model, the foreground is what
 * stands out from the colour along the picture's border, with a prior for the centre; the
 * border itself, corners first, is always fully transparent.
 */
export function foregroundAlpha(img: RgbImage): Uint8Array {
  const { width: w, height: h, data } = img;
  const n = w * h;
  const band = Math.max(1, Math.round(Math.min(w, h) * 0.03));
  let r = 0;
  let g = 0;
  let b = 0;
  let count = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (x >= band && x < w - band && y >= band && y < h - band) continue;
      const i = (y * w + x) * 3;
      r += data[i]!;
      g += data[i + 1]!;
      b += data[i + 2]!;
      count++;
    }
  }
  r /= count;
  g /= count;
  b /= count;
  const standOut = new Float32Array(n);
  let max = 0;
  for (let i = 0; i < n; i++) {
    const d = Math.hypot(data[i * 3]! - r, data[i * 3 + 1]! - g, data[i * 3 + 2]! - b) / 441.7;
    standOut[i] = d;
    if (d > max) max = d;
  }
  const alpha = new Float32Array(n);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      // 0 at the centre, 1 at the middle of each side, √2 in the corners.
      const radius = Math.hypot((2 * (x + 0.5)) / w - 1, (2 * (y + 0.5)) / h - 1);
      const contrast = max > 0 ? smoothstep(0.3, 0.7, standOut[i]! / max) : 0;
      const centre = 1 - smoothstep(0.25, 0.8, radius);
      alpha[i] = clamp01(0.75 * contrast + 0.65 * centre);
    }
  }
  const soft = boxBlur(alpha, w, h, Math.max(1, Math.round(Math.min(w, h) / 256)));
  const out = new Uint8Array(n);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const radius = Math.hypot((2 * (x + 0.5)) / w - 1, (2 * (y + 0.5)) / h - 1);
      const border = 1 - smoothstep(0.65, 0.92, radius);
      out[i] = Math.round(clamp01(soft[i]!) * border * 255);
    }
  }
  return out;
}

/** PNG with the picture's colours and the given alpha plane. */
export async function encodePngWithAlpha(img: RgbImage, alpha: Uint8Array): Promise<Buffer> {
  const { width: w, height: h } = img;
  const rgba = Buffer.alloc(w * h * 4);
  for (let i = 0; i < w * h; i++) {
    rgba[i * 4] = img.data[i * 3]!;
    rgba[i * 4 + 1] = img.data[i * 3 + 1]!;
    rgba[i * 4 + 2] = img.data[i * 3 + 2]!;
    rgba[i * 4 + 3] = alpha[i]!;
  }
  return sharp(rgba, { raw: { width: w, height: h, channels: 4 } })
    .png({ compressionLevel: 6 })
    .toBuffer();
}
