import { mixRgb } from './color.ts';
import type { Rgb } from './color.ts';
import type { PromptLook } from './prompt-look.ts';
import { hash2d, range } from './rng.ts';
import { buildRidges } from './scene-ridges.ts';
import { lowResField, paintWater } from './scene-water.ts';

/** How much each landscape layer (far → near) dissolves into the horizon haze. */
const HAZE = [0.55, 0.28, 0.06];

/** A landscape: graded sky, sun or moon, clouds, stars, layered silhouettes, water reflections. */
export function renderHorizon(
  look: PromptLook,
  w: number,
  h: number,
  rand: () => number,
  horizon?: number,
): Float32Array {
  const out = new Float32Array(w * h * 3);
  const pal = look.palette;
  const sea = look.scenery === 'sea';
  const drawn = sea ? range(rand, 0.45, 0.6) : range(rand, 0.5, 0.66);
  const horizonY = h * (horizon ?? drawn);
  const seed = (rand() * 0x7fffffff) | 0;
  const cloudCells = look.noiseScale * 1.2;
  const clouds = lowResField(w, h, cloudCells, cloudCells * (h / w) * 2.5, look.octaves, seed);
  const groundTex = lowResField(
    w,
    h,
    look.noiseScale * 3,
    look.noiseScale * 3 * (h / w),
    4,
    seed + 1,
  );
  const cloudiness = range(rand, 0.15, 0.85) * (look.night ? 0.5 : 1);
  const sunX = w * range(rand, 0.2, 0.8);
  const sunY = horizonY - h * range(rand, 0.1, 0.32);
  const sunR = Math.min(w, h) * (look.night ? range(rand, 0.035, 0.05) : range(rand, 0.045, 0.075));
  const [tr, tg, tb] = pal.skyTop;
  const [hr, hg, hb] = pal.skyHorizon;
  const [gr, gg, gb] = pal.glow;
  const cloudLit = mixRgb(pal.skyHorizon, pal.glow, 0.7);
  const cloudDark = mixRgb(pal.skyTop, pal.far, 0.4);
  const shadeOffset = Math.max(1, Math.round(h * 0.01)) * w;
  const ridges = buildRidges(look.scenery, w, h, horizonY, rand);
  // Only rows that stay visible need sky: above the far layer's lowest dip, or above the sea
  // (which mirrors those rows).
  let skyEnd = h;
  if (sea) skyEnd = Math.min(h, Math.ceil(horizonY));
  else if (ridges[0]) skyEnd = Math.min(h, Math.floor(Math.max(...ridges[0].top)) + 2);
  // exp() per pixel is costly; the glow only depends on the distance to the sun, so tabulate it.
  const glowScale = sunR * (look.night ? 2.5 : 5);
  const glowTable = new Float32Array(Math.ceil(Math.hypot(w, h)) + 2);
  for (let d = 0; d < glowTable.length; d++) {
    glowTable[d] = Math.exp(-d / glowScale) * (look.night ? 0.35 : 0.7);
  }
  for (let y = 0; y < skyEnd; y++) {
    const t = Math.min(1, y / horizonY) ** 1.4;
    const sr = tr + (hr - tr) * t;
    const sg = tg + (hg - tg) * t;
    const sb = tb + (hb - tb) * t;
    const dy = y - sunY;
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const dx = x - sunX;
      const d = Math.sqrt(dx * dx + dy * dy);
      const glow = glowTable[d | 0]!;
      const disc = Math.min(1, Math.max(0, sunR - d + 0.5));
      let r = sr + (gr - sr) * glow;
      let g = sg + (gg - sg) * glow;
      let b = sb + (gb - sb) * glow;
      r += (gr - r) * disc;
      g += (gg - g) * disc;
      b += (gb - b) * disc;
      const c = clouds[i]! * 0.5 + 0.5;
      const a = Math.min(1, Math.max(0, (c - 0.62 + cloudiness * 0.3) * 4)) * (1 - t * 0.4);
      if (a > 0) {
        const above = i >= shadeOffset ? clouds[i - shadeOffset]! * 0.5 + 0.5 : c;
        const lit = Math.min(1, Math.max(0, 0.55 + (c - above) * 6 + glow));
        r += (cloudDark[0] + (cloudLit[0] - cloudDark[0]) * lit - r) * a * 0.85;
        g += (cloudDark[1] + (cloudLit[1] - cloudDark[1]) * lit - g) * a * 0.85;
        b += (cloudDark[2] + (cloudLit[2] - cloudDark[2]) * lit - b) * a * 0.85;
      }
      if (look.night) {
        const s = hash2d(x, y, seed);
        if (s > 0.997) {
          const star = ((s - 0.997) / 0.003) * (1 - a) * (1 - t * 0.8);
          r += star;
          g += star;
          b += star;
        }
      }
      out[i * 3] = r;
      out[i * 3 + 1] = g;
      out[i * 3 + 2] = b;
    }
  }
  if (sea) paintWater(out, look, w, h, horizonY, seed, ridges[0]?.top ?? null, sunX, sunR);
  ridges.forEach((ridge, k) => {
    const n = ridges.length;
    const depth = n === 1 ? 0 : k / (n - 1);
    const haze = HAZE[n === 1 ? 0 : k] ?? 0;
    const body = mixRgb(mixRgb(pal.far, pal.near, depth), pal.skyHorizon, haze);
    const rim: Rgb = look.night ? mixRgb(pal.glow, body, 0.7) : pal.glow;
    const lit = pal.glow;
    const windowSeed = seed + 7 * (k + 1);
    const cell = Math.max(3, Math.round(w * 0.007 * (1 + k * 0.7)));
    for (let x = 0; x < w; x++) {
      const top = ridge.top[x]!;
      const bottom = sea ? horizonY : h;
      const bid = ridge.building?.[x] ?? -1;
      for (let y = Math.max(0, Math.floor(top)); y < bottom; y++) {
        const i = (y * w + x) * 3;
        const cover = Math.min(1, y + 1 - top);
        const below = y - top;
        const tex = 1 + groundTex[y * w + x]! * 0.14 * look.contrast * (1 - haze);
        const shade = (1 - 0.32 * Math.min(1, below / (h * 0.4)) * (1 - haze)) * tex;
        let r = body[0] * shade;
        let g = body[1] * shade;
        let b = body[2] * shade;
        const rimA = below < 12 ? Math.exp(-below / 2.5) * 0.45 * (1 - haze * 0.5) : 0;
        r += (rim[0] - r) * rimA;
        g += (rim[1] - g) * rimA;
        b += (rim[2] - b) * rimA;
        if (look.snow && k < 2 && below < h * 0.035 * (1.2 + groundTex[y * w + x]!)) {
          r += (0.96 - r) * 0.8;
          g += (0.97 - g) * 0.8;
          b += (0.99 - b) * 0.8;
        }
        if (bid >= 0 && below > cell) {
          const lx = x - (ridge.buildingLeft?.[x] ?? 0);
          const cx = lx % cell;
          const cy = Math.floor(below) % Math.round(cell * 1.5);
          if (cx > 0 && cx < cell - 1 && cy > 1 && cy < cell && lx > 1) {
            const on =
              hash2d(
                bid,
                Math.floor(lx / cell) * 131 + Math.floor(below / (cell * 1.5)),
                windowSeed,
              ) < (look.night ? 0.4 : 0.15);
            if (on) {
              r = lit[0] * (1 - haze * 0.5);
              g = lit[1] * (1 - haze * 0.5);
              b = lit[2] * (1 - haze * 0.5);
            }
          }
        }
        out[i] = out[i]! + (r - out[i]!) * cover;
        out[i + 1] = out[i + 1]! + (g - out[i + 1]!) * cover;
        out[i + 2] = out[i + 2]! + (b - out[i + 2]!) * cover;
      }
    }
  });
  return out;
}
