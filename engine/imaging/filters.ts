import { boxBlur } from './field.ts';

/**
 * Linear coefficients of the guided filter (He, Sun & Tang), self-guided: the smoothed plane is
 * `a * I + b`. Flat regions are averaged over `radius`, while edges whose variance is well above
 * `eps` survive. Callers solve them at half resolution and interpolate (the "fast guided
 * filter"), which is 4× cheaper and visually identical because the coefficients vary slowly.
 * The returned planes are reused by the next call: copy them out before calling again.
 */
export function guidedCoefficients(
  plane: Float32Array,
  w: number,
  h: number,
  radius: number,
  eps: number,
): { a: Float32Array; b: Float32Array } {
  const n = w * h;
  const [sq, mean, meanSq, b, outA, outB] = scratchPlanes(n);
  for (let i = 0; i < n; i++) sq[i] = plane[i]! * plane[i]!;
  boxBlur(plane, w, h, radius, mean);
  boxBlur(sq, w, h, radius, meanSq);
  const a = sq;
  for (let i = 0; i < n; i++) {
    const m = mean[i]!;
    const variance = Math.max(0, meanSq[i]! - m * m);
    const k = variance / (variance + eps);
    a[i] = k;
    b[i] = m - k * m;
  }
  return { a: boxBlur(a, w, h, radius, outA), b: boxBlur(b, w, h, radius, outB) };
}

let scratch: Float32Array[] = [];

/**
 * Six reusable planes of at least `n` samples (views of exactly `n`). The coefficients returned
 * by `guidedCoefficients` live in them, so they are valid until its next call.
 */
function scratchPlanes(
  n: number,
): [Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array] {
  if ((scratch[0]?.length ?? 0) < n) scratch = Array.from({ length: 6 }, () => new Float32Array(n));
  const v = scratch.map((p) => p.subarray(0, n));
  return [v[0]!, v[1]!, v[2]!, v[3]!, v[4]!, v[5]!];
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
