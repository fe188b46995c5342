/**
 * Turning the mask layer (a tinted, anti-aliased RGBA bitmap whose alpha is the coverage) into what
 * Leonardo's inpainting wants: white (repaint) on black, one value per pixel, the image's exact size.
 * Pure functions over typed arrays, so they are tested without a canvas.
 */

export interface MaskRasterOptions {
  /** Coverage (0–255) at or above which a pixel counts as masked. */
  threshold?: number;
  /** Soft edge width in pixels; 0 keeps a hard edge. */
  feather?: number;
}

export const DEFAULT_MASK_THRESHOLD = 128;
export const MAX_FEATHER = 64;

/** Checks that an RGBA buffer really is `width × height`; a mismatch would send a wrong-size mask. */
export function assertRgbaSize(rgba: ArrayLike<number>, width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`A mask must have a positive whole size, not ${width}×${height}.`);
  }
  if (rgba.length !== width * height * 4) {
    throw new RangeError(
      `The mask bitmap holds ${rgba.length / 4} pixels, not ${width}×${height} = ${width * height}.`,
    );
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Coverage from the alpha channel, cut to 0 or 255 at `threshold`. */
export function binariseAlpha(
  rgba: Uint8ClampedArray,
  threshold = DEFAULT_MASK_THRESHOLD,
): Uint8Array {
  const count = rgba.length >> 2;
  const out = new Uint8Array(count);
  if (LITTLE_ENDIAN && rgba.byteOffset % 4 === 0) {
    const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, count);
    for (let i = 0; i < count; i++) out[i] = pixels[i]! >>> 24 >= threshold ? 255 : 0;
  } else {
    for (let i = 0, j = 3; i < count; i++, j += 4) out[i] = rgba[j]! >= threshold ? 255 : 0;
  }
  return out;
}

/** Averaging by a multiply and a shift: (sum × scale + half) >>> 16 ≈ sum / (2r + 1), rounded. */
const averager = (r: number) => Math.round((1 << 16) / (2 * r + 1));

/** One box-blur pass of radius `r` along each row, edges clamped (the edge pixel repeats). */
function boxRows(src: Uint8Array, dst: Uint8Array, width: number, height: number, r: number) {
  const scale = averager(r);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const first = src[row]!;
    const end = src[row + width - 1]!;
    let sum = first * (r + 1);
    for (let k = 1; k <= r; k++) sum += k < width ? src[row + k]! : end;
    for (let x = 0; x < width; x++) {
      dst[row + x] = (sum * scale + 32768) >>> 16;
      const add = x + r + 1;
      const sub = x - r;
      sum += (add < width ? src[row + add]! : end) - (sub > 0 ? src[row + sub]! : first);
    }
  }
}

/**
 * One box-blur pass of radius `r` down each column, edges clamped. It sweeps row by row with a
 * running sum per column, so memory is read in order (walking down columns is several times slower).
 */
function boxColumns(src: Uint8Array, dst: Uint8Array, width: number, height: number, r: number) {
  const scale = averager(r);
  const sums = new Int32Array(width);
  const lastRow = (height - 1) * width;
  for (let x = 0; x < width; x++) sums[x] = src[x]! * (r + 1);
  for (let k = 1; k <= r; k++) {
    const row = Math.min(k, height - 1) * width;
    for (let x = 0; x < width; x++) sums[x]! += src[row + x]!;
  }
  for (let y = 0; y < height; y++) {
    const out = y * width;
    const add = y + r + 1 < height ? (y + r + 1) * width : lastRow;
    const sub = y - r > 0 ? (y - r) * width : 0;
    for (let x = 0; x < width; x++) {
      const sum = sums[x]!;
      dst[out + x] = (sum * scale + 32768) >>> 16;
      sums[x] = sum + src[add + x]! - src[sub + x]!;
    }
  }
}

/** The smallest rectangle holding every non-zero value, or null when there is none. */
function coveredBounds(values: Uint8Array, width: number, height: number) {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let first = -1;
    for (let x = 0; x < width; x++) {
      if (values[row + x] !== 0) {
        first = x;
        break;
      }
    }
    if (first < 0) continue;
    let lastX = first;
    for (let x = width - 1; x > first; x--) {
      if (values[row + x] !== 0) {
        lastX = x;
        break;
      }
    }
    if (first < x0) x0 = first;
    if (lastX > x1) x1 = lastX;
    if (y0 === height) y0 = y;
    y1 = y;
  }
  return x1 < 0 ? null : { x0, y0, x1, y1 };
}

/**
 * Softens the mask's edge: a box blur each way, so the edge becomes a ramp about `feather` pixels
 * wide. Fully covered and empty areas stay exactly 255 and 0. Only the masked area grown by the
 * blur's reach is touched: beyond it everything stays 0.
 */
export function featherCoverage(
  values: Uint8Array,
  width: number,
  height: number,
  feather: number,
): Uint8Array {
  const r = Math.round(Math.min(MAX_FEATHER, Math.max(0, feather)) / 2);
  if (r === 0) return values;
  const bounds = coveredBounds(values, width, height);
  if (!bounds) return values;
  // One more pixel than the blur reaches, so the edge of the work area is certainly zero.
  const reach = r + 1;
  const x0 = Math.max(0, bounds.x0 - reach);
  const y0 = Math.max(0, bounds.y0 - reach);
  const w = Math.min(width, bounds.x1 + reach + 1) - x0;
  const h = Math.min(height, bounds.y1 + reach + 1) - y0;
  const whole = w === width && h === height;
  const a = whole ? values : new Uint8Array(w * h);
  if (!whole) {
    for (let y = 0; y < h; y++) {
      const from = (y0 + y) * width + x0;
      a.set(values.subarray(from, from + w), y * w);
    }
  }
  const b = new Uint8Array(w * h);
  boxRows(a, b, w, h, r);
  boxColumns(b, a, w, h, r);
  if (!whole) {
    for (let y = 0; y < h; y++) values.set(a.subarray(y * w, y * w + w), (y0 + y) * width + x0);
  }
  return values;
}

/**
 * Writes the binarised coverage of an RGBA patch (the pixels of `rect`) into a whole-image
 * coverage buffer `width` wide. Returns how many covered pixels the area gained (negative: lost).
 * The document keeps its mask this way, so exporting it never reads the canvas back.
 */
export function writeCoverage(
  target: Uint8Array,
  width: number,
  rect: { x: number; y: number; width: number; height: number },
  rgba: Uint8ClampedArray,
  threshold = DEFAULT_MASK_THRESHOLD,
): number {
  if (rgba.length !== rect.width * rect.height * 4) {
    throw new RangeError('The patch does not match its rectangle.');
  }
  let delta = 0;
  for (let y = 0; y < rect.height; y++) {
    const row = (rect.y + y) * width + rect.x;
    for (let x = 0, j = y * rect.width * 4 + 3; x < rect.width; x++, j += 4) {
      const value = rgba[j]! >= threshold ? 255 : 0;
      const previous = target[row + x]!;
      if (value !== previous) {
        delta += value === 255 ? 1 : -1;
        target[row + x] = value;
      }
    }
  }
  return delta;
}

/** How many pixels the mask covers (alpha at or above the threshold). */
export function coveredPixels(rgba: ArrayLike<number>, threshold = DEFAULT_MASK_THRESHOLD): number {
  let count = 0;
  for (let j = 3; j < rgba.length; j += 4) if (rgba[j]! >= threshold) count++;
  return count;
}
