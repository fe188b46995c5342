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

/** Coverage from the alpha channel, cut to 0 or 255 at `threshold`. */
export function binariseAlpha(
  rgba: ArrayLike<number>,
  threshold = DEFAULT_MASK_THRESHOLD,
): Uint8Array {
  const out = new Uint8Array(rgba.length >> 2);
  for (let i = 0, j = 3; i < out.length; i++, j += 4) out[i] = rgba[j]! >= threshold ? 255 : 0;
  return out;
}

/** One box-blur pass along rows (step 1) or columns (step = width), edges clamped. */
function boxPass(
  src: Uint8Array,
  dst: Uint8Array,
  lines: number,
  length: number,
  lineStep: number,
  step: number,
  radius: number,
): void {
  const window = 2 * radius + 1;
  const half = window >> 1;
  for (let line = 0; line < lines; line++) {
    const base = line * lineStep;
    const at = (k: number) => src[base + Math.min(length - 1, Math.max(0, k)) * step]!;
    let sum = 0;
    for (let k = -radius; k <= radius; k++) sum += at(k);
    for (let k = 0; k < length; k++) {
      dst[base + k * step] = ((sum + half) / window) | 0;
      sum += at(k + radius + 1) - at(k - radius);
    }
  }
}

/**
 * Softens the mask's edge over about `feather` pixels: two box passes each way (a close
 * approximation of a Gaussian, linear in the radius). Fully covered and empty areas stay 255 and 0.
 */
export function featherCoverage(
  values: Uint8Array,
  width: number,
  height: number,
  feather: number,
): Uint8Array {
  const radius = Math.round(Math.min(MAX_FEATHER, Math.max(0, feather)) / 2);
  if (radius === 0) return values;
  const a = values;
  const b = new Uint8Array(values.length);
  boxPass(a, b, height, width, width, 1, radius);
  boxPass(b, a, height, width, width, 1, radius);
  boxPass(a, b, width, height, 1, width, radius);
  boxPass(b, a, width, height, 1, width, radius);
  return a;
}

/** Writes gray values into an RGBA buffer (R = G = B = value, opaque). */
export function writeGray(values: Uint8Array, rgba: Uint8ClampedArray): Uint8ClampedArray {
  for (let i = 0, j = 0; i < values.length; i++, j += 4) {
    const v = values[i]!;
    rgba[j] = v;
    rgba[j + 1] = v;
    rgba[j + 2] = v;
    rgba[j + 3] = 255;
  }
  return rgba;
}

/**
 * The whole export: coverage → binarised → feathered → white on black, written back into `rgba`
 * (the buffer getImageData gave, so a 1024² mask allocates one extra megabyte, not four).
 */
export function rasteriseMaskInPlace(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
  options: MaskRasterOptions = {},
): Uint8ClampedArray {
  assertRgbaSize(rgba, width, height);
  const coverage = binariseAlpha(rgba, options.threshold ?? DEFAULT_MASK_THRESHOLD);
  return writeGray(featherCoverage(coverage, width, height, options.feather ?? 0), rgba);
}

/** How many pixels the mask covers (alpha at or above the threshold). */
export function coveredPixels(rgba: ArrayLike<number>, threshold = DEFAULT_MASK_THRESHOLD): number {
  let count = 0;
  for (let j = 3; j < rgba.length; j += 4) if (rgba[j]! >= threshold) count++;
  return count;
}
