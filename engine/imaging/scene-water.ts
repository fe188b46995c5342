import { mixRgb } from './color.ts';
import { resample } from './field.ts';
import { noiseField } from './noise.ts';
import type { PromptLook } from './prompt-look.ts';

/** Smooth fields are cheap to compute small and enlarge; 1/4 resolution is invisible after blur. */
export function lowResField(
  w: number,
  h: number,
  cellsX: number,
  cellsY: number,
  octaves: number,
  seed: number,
): Float32Array {
  const fw = Math.min(w, Math.max(48, Math.round(w / 4)));
  const fh = Math.min(h, Math.max(48, Math.round(h / 4)));
  const f = noiseField({ width: fw, height: fh, cellsX, cellsY, octaves, seed });
  return resample(f, fw, fh, w, h);
}

/** Water below the horizon: the sky mirrored through rippled noise, plus a sun glitter path. */
export function paintWater(
  out: Float32Array,
  look: PromptLook,
  w: number,
  h: number,
  horizonY: number,
  seed: number,
  island: Float32Array | null,
  sunX: number,
  sunR: number,
): void {
  const pal = look.palette;
  const ripples = lowResField(
    w,
    h,
    look.noiseScale * 2,
    look.noiseScale * 14 * (h / w),
    3,
    seed + 2,
  );
  const deep = mixRgb(pal.far, pal.near, 0.55);
  const islandCol = mixRgb(mixRgb(pal.far, pal.near, 0.5), pal.skyHorizon, 0.3);
  const start = Math.ceil(horizonY);
  for (let y = start; y < h; y++) {
    const dist = (y - horizonY) / (h - horizonY);
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const rip = ripples[i]!;
      const my = Math.round(2 * horizonY - y + rip * (2 + 14 * dist));
      const mx = Math.min(w - 1, Math.max(0, Math.round(x + rip * (3 + 12 * dist))));
      const sy = Math.min(start - 1, Math.max(0, my));
      const j = (sy * w + mx) * 3;
      const inIsland = island !== null && sy >= island[mx]!;
      let r = inIsland ? islandCol[0] * 0.7 : out[j]!;
      let g = inIsland ? islandCol[1] * 0.7 : out[j + 1]!;
      let b = inIsland ? islandCol[2] * 0.7 : out[j + 2]!;
      const k = 0.2 + 0.6 * dist;
      r += (deep[0] - r) * k;
      g += (deep[1] - g) * k;
      b += (deep[2] - b) * k;
      const path = Math.exp(-Math.abs(x - sunX) / (sunR * (1 + 4 * dist)));
      const glint = path * Math.max(0, rip * 3 - 0.2) * (look.night ? 0.5 : 1);
      out[i * 3] = r + (pal.glow[0] - r) * Math.min(1, glint);
      out[i * 3 + 1] = g + (pal.glow[1] - g) * Math.min(1, glint);
      out[i * 3 + 2] = b + (pal.glow[2] - b) * Math.min(1, glint);
    }
  }
}
