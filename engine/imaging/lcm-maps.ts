import { boxBlur } from './field.ts';
import { guidedCoefficients } from './filters.ts';

/** Bilinear blend of channel `k` of four interleaved taps. */
export function lerp4(
  c: Float32Array,
  t00: number,
  t01: number,
  t10: number,
  t11: number,
  w00: number,
  w01: number,
  w10: number,
  w11: number,
  k: number,
): number {
  return c[t00 + k]! * w00 + c[t01 + k]! * w01 + c[t10 + k]! * w10 + c[t11 + k]! * w11;
}

export const CH = 7;

/**
 * Half-resolution maps, interleaved so one bilinear tap reads them together: the guided-filter
 * coefficients for R, G and B (a, b pairs) and a relief term — the slope of the blurred luma
 * toward the light, which shades the sketch's shapes as if they were embossed.
 */
export function halfResMaps(
  planes: [Float32Array, Float32Array, Float32Array],
  hw: number,
  hh: number,
  radius: number,
  eps: number,
) {
  const maps = new Float32Array(hw * hh * CH);
  planes.forEach((plane, c) => {
    const { a, b } = guidedCoefficients(plane, hw, hh, radius, eps);
    for (let i = 0; i < hw * hh; i++) {
      maps[i * CH + c * 2] = a[i]!;
      maps[i * CH + c * 2 + 1] = b[i]!;
    }
  });
  const luma = new Float32Array(hw * hh);
  for (let i = 0; i < hw * hh; i++)
    luma[i] = 0.299 * planes[0][i]! + 0.587 * planes[1][i]! + 0.114 * planes[2][i]!;
  const r = Math.max(2, Math.round(hw / 80));
  const height = boxBlur(boxBlur(luma, hw, hh, r), hw, hh, r);
  const d = Math.max(1, r >> 1);
  for (let y = 0; y < hh; y++) {
    const up = Math.max(0, y - d) * hw;
    const down = Math.min(hh - 1, y + d) * hw;
    for (let x = 0; x < hw; x++) {
      const slope = height[up + Math.max(0, x - d)]! - height[down + Math.min(hw - 1, x + d)]!;
      maps[(y * hw + x) * CH + 6] = slope * (6 / d);
    }
  }
  return maps;
}
