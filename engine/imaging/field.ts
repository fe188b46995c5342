/**
 * Resampling and blurring of float planes. Noise and scenes are computed at low resolution and
 * enlarged here, which keeps full-size renders within their time budget.
 */

/**
 * Bilinear enlargement (or reduction) of a `channels`-interleaved float plane, sample centres
 * aligned. `wrap` treats the source as periodic so tiling fields stay seamless.
 */
export function resample(
  src: Float32Array,
  sw: number,
  sh: number,
  dw: number,
  dh: number,
  channels = 1,
  wrap = false,
): Float32Array {
  // Separable: widen every source row once, then each output row is a blend of two wide rows.
  const rowLen = dw * channels;
  const wide = new Float32Array(sh * rowLen);
  const xa = new Int32Array(dw);
  const xb = new Int32Array(dw);
  const xf = new Float32Array(dw);
  for (let x = 0; x < dw; x++) {
    const [a, b, f] = taps((x + 0.5) * (sw / dw) - 0.5, sw, wrap);
    xa[x] = a * channels;
    xb[x] = b * channels;
    xf[x] = f;
  }
  for (let y = 0; y < sh; y++) {
    const s = y * sw * channels;
    let o = y * rowLen;
    for (let x = 0; x < dw; x++) {
      const a = s + xa[x]!;
      const b = s + xb[x]!;
      const f = xf[x]!;
      for (let c = 0; c < channels; c++) {
        const va = src[a + c]!;
        wide[o++] = va + (src[b + c]! - va) * f;
      }
    }
  }
  const out = new Float32Array(dh * rowLen);
  for (let y = 0; y < dh; y++) {
    const [ya, yb, fy] = taps((y + 0.5) * (sh / dh) - 0.5, sh, wrap);
    const r0 = ya * rowLen;
    const r1 = yb * rowLen;
    const o = y * rowLen;
    for (let k = 0; k < rowLen; k++) {
      const top = wide[r0 + k]!;
      out[o + k] = top + (wide[r1 + k]! - top) * fy;
    }
  }
  return out;
}

function taps(pos: number, size: number, wrap: boolean): [number, number, number] {
  const i = Math.floor(pos);
  const f = pos - i;
  if (wrap) return [((i % size) + size) % size, (((i + 1) % size) + size) % size, f];
  if (i < 0) return [0, 0, 0];
  if (i >= size - 1) return [size - 1, size - 1, 0];
  return [i, i + 1, f];
}

let blurScratch = new Float32Array(0);

/**
 * Box blur of one plane with a running sum (O(1) per pixel whatever the radius), edges clamped.
 * Two or three passes approximate a Gaussian.
 */
export function boxBlur(
  src: Float32Array,
  w: number,
  h: number,
  r: number,
  into?: Float32Array,
): Float32Array {
  const out = into ?? new Float32Array(w * h);
  if (r <= 0) {
    out.set(src.subarray(0, w * h));
    return out;
  }
  // The intermediate pass is scratch memory kept between calls: realtime callers blur a dozen
  // planes per frame, and fresh buffers each time would keep the garbage collector busy.
  if (blurScratch.length < w * h) blurScratch = new Float32Array(w * h);
  const tmp = blurScratch;
  const norm = 1 / (2 * r + 1);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    let sum = 0;
    for (let k = -r; k <= r; k++) sum += src[row + Math.min(w - 1, Math.max(0, k))]!;
    for (let x = 0; x < w; x++) {
      tmp[row + x] = sum * norm;
      sum += src[row + Math.min(w - 1, x + r + 1)]! - src[row + Math.max(0, x - r)]!;
    }
  }
  // The vertical pass walks rows with one running sum per column, so memory is read in order.
  const sums = new Float64Array(w);
  for (let k = -r; k <= r; k++) {
    const row = Math.min(h - 1, Math.max(0, k)) * w;
    for (let x = 0; x < w; x++) sums[x] = sums[x]! + tmp[row + x]!;
  }
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const add = Math.min(h - 1, y + r + 1) * w;
    const sub = Math.max(0, y - r) * w;
    for (let x = 0; x < w; x++) {
      const sum = sums[x]!;
      out[row + x] = sum * norm;
      sums[x] = sum + tmp[add + x]! - tmp[sub + x]!;
    }
  }
  return out;
}

/** Luma plane (0..1) of an 8-bit RGB buffer. */
export function lumaPlane(rgb: Uint8Array | Float32Array, n: number, scale: number): Float32Array {
  const out = new Float32Array(n);
  const k = scale;
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    out[i] = (0.299 * rgb[j]! + 0.587 * rgb[j + 1]! + 0.114 * rgb[j + 2]!) * k;
  }
  return out;
}

/** Splits an interleaved RGB float buffer into planes. */
export function toPlanes(rgb: Float32Array, n: number): [Float32Array, Float32Array, Float32Array] {
  const r = new Float32Array(n);
  const g = new Float32Array(n);
  const b = new Float32Array(n);
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    r[i] = rgb[j]!;
    g[i] = rgb[j + 1]!;
    b[i] = rgb[j + 2]!;
  }
  return [r, g, b];
}

/** Interleaved float RGB (0..1) → 8-bit, rounded and clamped. */
export function toBytes(rgb: Float32Array): Uint8Array {
  const out = new Uint8Array(rgb.length);
  for (let i = 0; i < rgb.length; i++) {
    const v = rgb[i]! * 255 + 0.5;
    out[i] = v <= 0 ? 0 : v >= 255 ? 255 : v;
  }
  return out;
}

/** 8-bit RGB → interleaved float RGB (0..1). */
export function toFloats(bytes: Uint8Array): Float32Array {
  const out = new Float32Array(bytes.length);
  const k = 1 / 255;
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i]! * k;
  return out;
}

/** Bilinear RGB (+ optional alpha, else 0) lookup at a fractional position, written into `px`. */
export function sampleRgba(
  rgb: Float32Array,
  alpha: Float32Array | null,
  w: number,
  h: number,
  fx: number,
  fy: number,
  px: Float32Array,
): void {
  const x = Math.min(w - 1, Math.max(0, fx));
  const y = Math.min(h - 1, Math.max(0, fy));
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = Math.min(w - 1, x0 + 1);
  const y1 = Math.min(h - 1, y0 + 1);
  const ax = x - x0;
  const ay = y - y0;
  const i00 = y0 * w + x0;
  const i01 = y0 * w + x1;
  const i10 = y1 * w + x0;
  const i11 = y1 * w + x1;
  const lerp = (a: number, b: number, c: number, d: number) =>
    (a + (b - a) * ax) * (1 - ay) + (c + (d - c) * ax) * ay;
  for (let c = 0; c < 3; c++)
    px[c] = lerp(rgb[i00 * 3 + c]!, rgb[i01 * 3 + c]!, rgb[i10 * 3 + c]!, rgb[i11 * 3 + c]!);
  px[3] = alpha ? lerp(alpha[i00]!, alpha[i01]!, alpha[i10]!, alpha[i11]!) : 0;
}
