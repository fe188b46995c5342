import { boxBlur, resample } from './field.ts';

/**
 * Linear coefficients of the guided filter (He, Sun & Tang), self-guided: the smoothed plane is
 * `a * I + b`. Flat regions are averaged over `radius`, while edges whose variance is well above
 * `eps` survive. Callers solve them at half resolution and interpolate (the "fast guided
 * filter"), which is 4× cheaper and visually identical because the coefficients vary slowly.
 */
export function guidedCoefficients(
  plane: Float32Array,
  w: number,
  h: number,
  radius: number,
  eps: number,
): { a: Float32Array; b: Float32Array } {
  const n = w * h;
  const sq = new Float32Array(n);
  for (let i = 0; i < n; i++) sq[i] = plane[i]! * plane[i]!;
  const mean = boxBlur(plane, w, h, radius);
  const meanSq = boxBlur(sq, w, h, radius);
  const a = sq;
  const b = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const m = mean[i]!;
    const variance = Math.max(0, meanSq[i]! - m * m);
    const k = variance / (variance + eps);
    a[i] = k;
    b[i] = m - k * m;
  }
  return { a: boxBlur(a, w, h, radius), b: boxBlur(b, w, h, radius) };
}

/** Edge-preserving smoothing of one full-resolution plane (0..1). */
export function guidedSmooth(
  plane: Float32Array,
  w: number,
  h: number,
  radius: number,
  eps: number,
): Float32Array {
  const hw = Math.max(1, w >> 1);
  const hh = Math.max(1, h >> 1);
  const { a, b } = guidedCoefficients(halve(plane, w, h, hw, hh), hw, hh, radius, eps);
  const A = resample(a, hw, hh, w, h);
  const B = resample(b, hw, hh, w, h);
  const out = new Float32Array(w * h);
  for (let i = 0; i < out.length; i++) out[i] = A[i]! * plane[i]! + B[i]!;
  return out;
}

/** 2×2 box reduction of a plane (an odd last row/column is folded into its neighbour). */
export function halve(
  src: Float32Array,
  w: number,
  h: number,
  hw: number,
  hh: number,
): Float32Array {
  const out = new Float32Array(hw * hh);
  for (let y = 0; y < hh; y++) {
    const r0 = Math.min(h - 1, y * 2) * w;
    const r1 = Math.min(h - 1, y * 2 + 1) * w;
    for (let x = 0; x < hw; x++) {
      const x0 = Math.min(w - 1, x * 2);
      const x1 = Math.min(w - 1, x * 2 + 1);
      out[y * hw + x] = (src[r0 + x0]! + src[r0 + x1]! + src[r1 + x0]! + src[r1 + x1]!) * 0.25;
    }
  }
  return out;
}

/** 2×2 box reduction of 8-bit RGB straight into three 0..1 planes. */
export function halveRgb(
  src: Uint8Array,
  w: number,
  h: number,
): [Float32Array, Float32Array, Float32Array] {
  const hw = Math.max(1, w >> 1);
  const hh = Math.max(1, h >> 1);
  const planes: [Float32Array, Float32Array, Float32Array] = [
    new Float32Array(hw * hh),
    new Float32Array(hw * hh),
    new Float32Array(hw * hh),
  ];
  const k = 0.25 / 255;
  for (let y = 0; y < hh; y++) {
    const r0 = Math.min(h - 1, y * 2) * w * 3;
    const r1 = Math.min(h - 1, y * 2 + 1) * w * 3;
    for (let x = 0; x < hw; x++) {
      const x0 = Math.min(w - 1, x * 2) * 3;
      const x1 = Math.min(w - 1, x * 2 + 1) * 3;
      for (let c = 0; c < 3; c++) {
        planes[c]![y * hw + x] =
          (src[r0 + x0 + c]! + src[r0 + x1 + c]! + src[r1 + x0 + c]! + src[r1 + x1 + c]!) * k;
      }
    }
  }
  return planes;
}
