import type { Rect } from './rect.ts';

/**
 * Growing and shrinking a binarised mask (255 or 0 per pixel) by a distance in pixels, round as a
 * brush is: through the exact Euclidean distance transform (Felzenszwalb and Huttenlocher's two
 * passes of lower envelopes of parabolas), linear in the number of pixels whatever the distance.
 */

const FAR = 1e20;

/** Squared distance along one line: f holds 0 at sources and FAR elsewhere. */
function transformLine(
  f: Float64Array,
  n: number,
  d: Float64Array,
  v: Int32Array,
  z: Float64Array,
): void {
  const meet = (q: number, p: number) => (f[q]! + q * q - (f[p]! + p * p)) / (2 * q - 2 * p);
  let k = 0;
  v[0] = 0;
  z[0] = -Infinity;
  z[1] = Infinity;
  for (let q = 1; q < n; q++) {
    let s = meet(q, v[k]!);
    while (s <= z[k]!) {
      k--;
      s = meet(q, v[k]!);
    }
    k++;
    v[k] = q;
    z[k] = s;
    z[k + 1] = Infinity;
  }
  k = 0;
  for (let q = 0; q < n; q++) {
    while (z[k + 1]! < q) k++;
    const p = v[k]!;
    d[q] = (q - p) * (q - p) + f[p]!;
  }
}

/** For each pixel, the squared distance to the nearest pixel whose value is `source`. */
export function squaredDistanceTo(
  bits: Uint8Array,
  width: number,
  height: number,
  source: 0 | 255,
): Float64Array {
  const out = new Float64Array(width * height);
  for (let i = 0; i < out.length; i++) out[i] = bits[i] === source ? 0 : FAR;
  const n = Math.max(width, height);
  const f = new Float64Array(n);
  const d = new Float64Array(n);
  const v = new Int32Array(n);
  const z = new Float64Array(n + 1);
  for (let x = 0; x < width; x++) {
    for (let y = 0; y < height; y++) f[y] = out[y * width + x]!;
    transformLine(f, height, d, v, z);
    for (let y = 0; y < height; y++) out[y * width + x] = d[y]!;
  }
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) f[x] = out[row + x]!;
    transformLine(f, width, d, v, z);
    for (let x = 0; x < width; x++) out[row + x] = d[x]!;
  }
  return out;
}

/** The mask grown by `by` pixels (every pixel within that distance of a masked one). */
export function growCoverage(bits: Uint8Array, width: number, height: number, by: number) {
  if (by <= 0) return bits.slice();
  const distance = squaredDistanceTo(bits, width, height, 255);
  const limit = by * by;
  const out = new Uint8Array(bits.length);
  for (let i = 0; i < out.length; i++) out[i] = distance[i]! <= limit ? 255 : 0;
  return out;
}

/**
 * The mask shrunk by `by` pixels (every pixel within that distance of a clear one is cleared).
 * Outside the frame counts as masked, so a mask that fills the frame stays full.
 */
export function shrinkCoverage(bits: Uint8Array, width: number, height: number, by: number) {
  if (by <= 0) return bits.slice();
  const distance = squaredDistanceTo(bits, width, height, 0);
  const limit = by * by;
  const out = new Uint8Array(bits.length);
  for (let i = 0; i < out.length; i++) out[i] = distance[i]! <= limit ? 0 : 255;
  return out;
}

export function invertCoverage(bits: Uint8Array): Uint8Array {
  return bits.map((v) => 255 - v);
}

/** The smallest rectangle where two masks differ; null when they are the same. */
export function differenceBounds(
  a: Uint8Array,
  b: Uint8Array,
  width: number,
  height: number,
): Rect | null {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (a[row + x] !== b[row + x]) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        y1 = y;
      }
    }
  }
  return x1 < 0 ? null : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}
