import { hash2d } from './rng.ts';
import type { StyleLook } from './styles.ts';
import type { FloatImage } from './types.ts';

export interface GradeOptions {
  /** Tiled images must not darken their borders, or the seams would show. */
  vignette?: boolean;
  /** Blend the graded result back toward this 8-bit image by `1 - amount` (img2img strength). */
  base?: Uint8Array;
  amount?: number;
  /** Reused output buffer, so realtime callers avoid a large allocation per frame. */
  out?: Uint8Array;
}

let lumScratch = new Float32Array(0);
let edgeScratch = new Float32Array(0);

/** Sobel gradient magnitude of the luma (scaled so a hard black/white edge is about 1). */
function edgeMagnitude(data: Float32Array, w: number, h: number): Float32Array {
  const n = w * h;
  if (lumScratch.length < n) {
    lumScratch = new Float32Array(n);
    edgeScratch = new Float32Array(n);
  }
  const lum = lumScratch;
  const edge = edgeScratch;
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    lum[i] = 0.299 * data[j]! + 0.587 * data[j + 1]! + 0.114 * data[j + 2]!;
  }
  for (let y = 0; y < h; y++) {
    const up = Math.max(0, y - 1) * w;
    const row = y * w;
    const down = Math.min(h - 1, y + 1) * w;
    for (let x = 0; x < w; x++) {
      const xl = x > 0 ? x - 1 : 0;
      const xr = x < w - 1 ? x + 1 : x;
      const gx =
        lum[up + xr]! +
        2 * lum[row + xr]! +
        lum[down + xr]! -
        lum[up + xl]! -
        2 * lum[row + xl]! -
        lum[down + xl]!;
      const gy =
        lum[down + xl]! +
        2 * lum[down + x]! +
        lum[down + xr]! -
        lum[up + xl]! -
        2 * lum[up + x]! -
        lum[up + xr]!;
      edge[row + x] = Math.sqrt(gx * gx + gy * gy) * 0.25;
    }
  }
  return edge;
}

/**
 * Finishes a float render into 8-bit RGB according to a style: toning, saturation, contrast,
 * posterisation, outlines or pencil hatching, film fade, vignette and grain — one pass.
 */
export function gradeImage(
  img: FloatImage,
  style: StyleLook,
  seed: number,
  options: GradeOptions = {},
): Uint8Array {
  const { width: w, height: h, data } = img;
  const n = w * h;
  const out = options.out && options.out.length === n * 3 ? options.out : new Uint8Array(n * 3);
  const base = options.base;
  const amount = options.amount ?? 1;
  const needEdges = style.sketch !== 'none' || style.outline > 0;
  const edges = needEdges ? edgeMagnitude(data, w, h) : null;
  const vig = options.vignette === false ? 0 : style.vignette;
  const colTerm = new Float32Array(w);
  for (let x = 0; x < w; x++) colTerm[x] = ((x + 0.5) / w - 0.5) ** 2 * 2;
  const levels = style.posterize;
  const [sr, sg, sb] = style.shadowTint;
  const [hr, hg, hb] = style.highlightTint;
  const { toning, saturation: sat, contrast: con, brightness: bri, fade, grain, outline } = style;
  const sketch = style.sketch;
  const monochrome = style.monochrome;
  for (let y = 0; y < h; y++) {
    const rowTerm = ((y + 0.5) / h - 0.5) ** 2 * 2;
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const i = row + x;
      const j = i * 3;
      let r = data[j]!;
      let g = data[j + 1]!;
      let b = data[j + 2]!;
      let l = 0.299 * r + 0.587 * g + 0.114 * b;
      const edge = edges ? edges[i]! : 0;
      if (toning > 0) {
        const ws = (1 - l) * (1 - l) * toning;
        const wh = l * l * toning;
        r += sr * ws + hr * wh;
        g += sg * ws + hg * wh;
        b += sb * ws + hb * wh;
      }
      r = (l + (r - l) * sat - 0.5) * con + 0.5 + bri;
      g = (l + (g - l) * sat - 0.5) * con + 0.5 + bri;
      b = (l + (b - l) * sat - 0.5) * con + 0.5 + bri;
      if (monochrome) {
        l = 0.299 * r + 0.587 * g + 0.114 * b;
        r = g = b = l;
      }
      if (levels > 0) {
        r = Math.round(r * levels) / levels;
        g = Math.round(g * levels) / levels;
        b = Math.round(b * levels) / levels;
      }
      if (outline > 0) {
        const k = 1 - outline * Math.min(1, Math.max(0, (edge - 0.06) * 5));
        r *= k;
        g *= k;
        b *= k;
      }
      if (sketch !== 'none') {
        // Pencil: ink on strong edges, diagonal hatching in mid tones, cross-hatching in shadows.
        const dark = 1 - Math.min(1, Math.max(0, 0.299 * r + 0.587 * g + 0.114 * b));
        const ink = Math.min(1, Math.max(0, (edge - 0.04) * 6));
        const hatchA = dark > 0.3 && (x + y) % 6 < (dark - 0.3) * 6 ? 0.5 : 0;
        const hatchB = dark > 0.6 && (x - y + 6000) % 7 < (dark - 0.6) * 8 ? 0.5 : 0;
        const k = (1 - 0.85 * ink) * (1 - hatchA) * (1 - hatchB);
        if (sketch === 'bw') {
          r = g = b = 0.97 * k * (0.88 + 0.12 * (1 - dark));
        } else {
          r = (0.3 + 0.7 * r) * k;
          g = (0.3 + 0.7 * g) * k;
          b = (0.3 + 0.7 * b) * k;
        }
      }
      if (fade > 0) {
        r = fade + r * (1 - fade);
        g = fade + g * (1 - fade);
        b = fade + b * (1 - fade);
      }
      const v = 1 - vig * (colTerm[x]! + rowTerm);
      const noise = grain > 0 ? (hash2d(x, y, seed) - 0.5) * 2 * grain : 0;
      let vr = (r * v + noise) * 255;
      let vg = (g * v + noise) * 255;
      let vb = (b * v + noise) * 255;
      if (base) {
        vr = base[j]! + (vr - base[j]!) * amount;
        vg = base[j + 1]! + (vg - base[j + 1]!) * amount;
        vb = base[j + 2]! + (vb - base[j + 2]!) * amount;
      }
      vr += 0.5;
      vg += 0.5;
      vb += 0.5;
      out[j] = vr <= 0 ? 0 : vr >= 255 ? 255 : vr;
      out[j + 1] = vg <= 0 ? 0 : vg >= 255 ? 255 : vg;
      out[j + 2] = vb <= 0 ? 0 : vb >= 255 ? 255 : vb;
    }
  }
  return out;
}
