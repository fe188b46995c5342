import { boxBlur } from './field.ts';
import type { RgbImage } from './types.ts';

/**
 * Edge strength of a picture, 0..1 per pixel: the Sobel gradient of its luminance, normalised so
 * the strongest few percent of edges reach 1, then softened over a pixel or two so lines a
 * ControlNet draws from it have some body at any size.
 */
export function edgeMap(img: RgbImage): Float32Array {
  const { width: w, height: h, data } = img;
  const lum = new Float32Array(w * h);
  for (let i = 0; i < w * h; i++) {
    lum[i] = (0.299 * data[i * 3]! + 0.587 * data[i * 3 + 1]! + 0.114 * data[i * 3 + 2]!) / 255;
  }
  const at = (x: number, y: number) =>
    lum[Math.min(h - 1, Math.max(0, y)) * w + Math.min(w - 1, Math.max(0, x))]!;
  const magnitude = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const gx =
        at(x + 1, y - 1) +
        2 * at(x + 1, y) +
        at(x + 1, y + 1) -
        (at(x - 1, y - 1) + 2 * at(x - 1, y) + at(x - 1, y + 1));
      const gy =
        at(x - 1, y + 1) +
        2 * at(x, y + 1) +
        at(x + 1, y + 1) -
        (at(x - 1, y - 1) + 2 * at(x, y - 1) + at(x + 1, y - 1));
      magnitude[y * w + x] = Math.hypot(gx, gy);
    }
  }
  const radius = Math.max(1, Math.round(Math.min(w, h) / 512));
  const soft = boxBlur(magnitude, w, h, radius, new Float32Array(w * h));
  const scale = percentile(soft, 0.97) || 1;
  for (let i = 0; i < soft.length; i++) soft[i] = Math.min(1, soft[i]! / scale);
  return soft;
}

/** The value below which `q` of the samples fall (a histogram over 0..max, exact enough here). */
function percentile(values: Float32Array, q: number): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  if (max === 0) return 0;
  const bins = new Uint32Array(1024);
  for (const v of values) bins[Math.min(1023, Math.floor((v / max) * 1023))]!++;
  const target = q * values.length;
  let seen = 0;
  for (let b = 0; b < bins.length; b++) {
    seen += bins[b]!;
    if (seen >= target) return ((b + 1) / 1024) * max;
  }
  return max;
}
