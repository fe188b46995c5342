import { rampIndex } from './color.ts';
import { resample } from './field.ts';
import { noiseField, noiseProfile } from './noise.ts';
import type { PromptLook } from './prompt-look.ts';
import { hash2d, range } from './rng.ts';

type Flow = 'diagonal' | 'radial' | 'pattern';

/**
 * Abstract compositions coloured through the palette ramp: flowing diagonal bands (silk, smoke,
 * aurora), a radial burst or spiral (fire, magic, galaxies), or a seamless pattern for tiling.
 */
export function renderFlow(
  look: PromptLook,
  w: number,
  h: number,
  rand: () => number,
  kind: Flow,
): Float32Array {
  const periodic = kind === 'pattern';
  const fw = Math.min(w, Math.max(32, Math.round(w / 4)));
  const fh = Math.min(h, Math.max(32, Math.round(h / 4)));
  const seed = (rand() * 0x7fffffff) | 0;
  // Periodic fields need whole numbers of cells across the image to wrap.
  const cx = periodic ? Math.max(1, Math.round(look.noiseScale)) : look.noiseScale;
  const cy = periodic
    ? Math.max(1, Math.round((look.noiseScale * h) / w))
    : (look.noiseScale * h) / w;
  const field = (s: number, octaves: number) =>
    resample(
      noiseField({ width: fw, height: fh, cellsX: cx, cellsY: cy, octaves, seed: s, periodic }),
      fw,
      fh,
      w,
      h,
      1,
      periodic,
    );
  const q1 = field(seed, look.octaves);
  const q2 = field(seed + 1, Math.max(2, look.octaves - 2));
  const ramp = look.ramp;
  const glow = look.palette.glow;
  const out = new Float32Array(w * h * 3);
  const warp = look.warp * 4;

  const angle = rand() * Math.PI;
  const dirX = Math.cos(angle) / Math.hypot(w, h);
  const dirY = Math.sin(angle) / Math.hypot(w, h);
  const bands = range(rand, 1.5, 3.5);
  const kx = Math.round(range(rand, 1, 3));
  const ky = Math.round(range(rand, 0, 2));
  const centreX = w * range(rand, 0.35, 0.65);
  const centreY = h * range(rand, 0.35, 0.6);
  const spokes = 256;
  const rays = noiseProfile(spokes, Math.round(range(rand, 5, 12)), 4, seed + 2, 'fbm', true);
  const twist = look.night ? range(rand, 2, 5) * (rand() < 0.5 ? -1 : 1) : range(rand, -0.8, 0.8);
  const reach = 0.5 * Math.hypot(w, h);

  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const a = q1[i]!;
      const b = q2[i]!;
      let v: number;
      let shine: number;
      if (kind === 'diagonal') {
        const t = (x * dirX + y * dirY) * bands * Math.PI * 2 + a * warp;
        const s = Math.sin(t + b * 3);
        v = 0.5 + 0.4 * s + 0.1 * b;
        shine = Math.max(0, s - 0.85) * 5;
      } else if (kind === 'radial') {
        const dx = x - centreX;
        const dy = y - centreY;
        const rho = Math.sqrt(dx * dx + dy * dy) / reach;
        const theta = Math.atan2(dy, dx) / (Math.PI * 2) + twist * rho + a * 0.08;
        const pos = (theta - Math.floor(theta)) * spokes;
        const k = Math.floor(pos);
        const r0 = rays[k % spokes]!;
        const ray = r0 + (rays[(k + 1) % spokes]! - r0) * (pos - k);
        const core = Math.exp(-rho * 5);
        v = 0.25 + core * 0.8 + (ray * 0.6 + a * 0.25) * (1 - rho) * 0.9 - rho * 0.25;
        shine = core * core;
      } else {
        const t = ((x / w) * kx + (y / h) * ky) * Math.PI * 2 + a * warp;
        const s = Math.sin(t + b * 2);
        v = 0.5 + 0.35 * s + 0.15 * a;
        shine = Math.max(0, s - 0.9) * 4;
      }
      const r = rampIndex(v);
      let cr = ramp[r]! + (glow[0] - ramp[r]!) * Math.min(1, shine);
      let cg = ramp[r + 1]! + (glow[1] - ramp[r + 1]!) * Math.min(1, shine);
      let cb = ramp[r + 2]! + (glow[2] - ramp[r + 2]!) * Math.min(1, shine);
      if (look.night && v < 0.45 && hash2d(x, y, seed) > 0.997) {
        cr += 0.8;
        cg += 0.8;
        cb += 0.8;
      }
      out[i * 3] = cr;
      out[i * 3 + 1] = cg;
      out[i * 3 + 2] = cb;
    }
  }
  return out;
}
