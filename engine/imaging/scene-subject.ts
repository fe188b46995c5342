import { boxBlur, resample, toPlanes } from './field.ts';
import { noiseField } from './noise.ts';
import type { PromptLook } from './prompt-look.ts';
import { range } from './rng.ts';
import { renderHorizon } from './scene-horizon.ts';
import type { SceneHints } from './sketch-layout.ts';
import { makeShape } from './subject-shapes.ts';
import type { Shape } from './subject-shapes.ts';

const SIZE = { orb: 0.27, creature: 0.22, bust: 0.3, flower: 0.26 } as const;
const FIT_WHOLE = { orb: 0.95, creature: 0.5, bust: 0.6, flower: 0.9 } as const;
const FIT_SHIFT = { orb: 0, creature: -0.1, bust: -0.2, flower: 0 } as const;
const LIGHT = (() => {
  const v = [-0.45, -0.6, 0.66];
  const n = Math.hypot(v[0]!, v[1]!, v[2]!);
  return v.map((c) => c / n) as [number, number, number];
})();
// Blinn half vector between the light and a viewer straight in front: its z and length.
const HALF_Z = LIGHT[2] + 1;
const HALF_LEN = Math.sqrt(LIGHT[0] ** 2 + LIGHT[1] ** 2 + HALF_Z ** 2);

/**
 * A centred subject in front of a landscape. The landscape is rendered small and enlarged, which
 * doubles as depth-of-field blur: portrait-like styles shrink it more.
 */
export function renderSubject(
  look: PromptLook,
  w: number,
  h: number,
  rand: () => number,
  hints: SceneHints = {},
  alpha: Float32Array | null = null,
): Float32Array {
  const factor = 2 + 5 * look.style.depthOfField;
  const bw = Math.max(16, Math.round(w / factor));
  const bh = Math.max(16, Math.round(h / factor));
  const out = resample(
    softened(renderHorizon(look, bw, bh, rand, hints.horizon), bw, bh),
    bw,
    bh,
    w,
    h,
    3,
  );
  const kind = look.subject;
  const S = Math.min(w, h);
  let R = S * SIZE[kind] * range(rand, 0.9, 1.1);
  let cx = w * (0.5 + range(rand, -0.08, 0.08));
  let cy =
    h * (kind === 'creature' ? 0.42 : kind === 'bust' ? 0.45 : 0.48) + range(rand, -0.03, 0.03) * h;
  if (hints.subject) {
    const { x, y, r, fit } = hints.subject;
    // A drawn blob becomes the creature's or person's head; a hole to fill must hold all of it.
    const scale = fit === 'whole' ? FIT_WHOLE[kind] : kind === 'orb' || kind === 'flower' ? 1 : 1.3;
    R = S * r * scale;
    cx = w * x;
    cy =
      h * y +
      (fit === 'whole'
        ? R * FIT_SHIFT[kind]
        : kind === 'creature'
          ? R * 0.15
          : kind === 'bust'
            ? R * 0.35
            : 0);
  }
  const shape = makeShape(kind, cx, cy, R, look.palette, rand);

  if (kind === 'orb' || kind === 'creature') {
    const gy = kind === 'orb' ? cy + R * 0.98 : cy + R * 1.92;
    const y0 = Math.max(0, Math.floor(gy - R * 0.5));
    const y1 = Math.min(h, Math.ceil(gy + R * 0.5));
    for (let y = y0; y < y1; y++) {
      for (let x = Math.max(0, Math.floor(cx - R * 2)); x < Math.min(w, cx + R * 2); x++) {
        const e = ((x - cx) / (R * 1.15)) ** 2 + ((y - gy) / (R * 0.16)) ** 2;
        const k = 1 - 0.5 * Math.exp(-e);
        const i = (y * w + x) * 3;
        out[i] = out[i]! * k;
        out[i + 1] = out[i + 1]! * k;
        out[i + 2] = out[i + 2]! * k;
      }
    }
  }

  const x0 = Math.max(0, Math.floor(shape.bounds[0]));
  const y0 = Math.max(0, Math.floor(shape.bounds[1]));
  const x1 = Math.min(w, Math.ceil(shape.bounds[2]));
  const y1 = Math.min(h, Math.ceil(shape.bounds[3]));
  const sw = x1 - x0;
  const sh = y1 - y0;
  if (sw <= 2 || sh <= 2) return out;
  const dist = shapeDistances(shape, x0, y0, sw, sh);
  const height = new Float32Array(sw * sh);
  const inflate = R;
  for (let k = 0; k < sw * sh; k++) {
    const d = dist[k]!;
    // A circular profile: a disc inflates into an exact hemisphere.
    const t = 1 - Math.min(1, -d / inflate);
    height[k] = d < 0 ? Math.sqrt(1 - t * t) : 0;
  }
  const tw = Math.max(4, Math.round(sw / 3));
  const th = Math.max(4, Math.round(sh / 3));
  const cells = Math.max(2, (look.noiseScale * 2 * sw) / S);
  const texLow = noiseField({
    width: tw,
    height: th,
    cellsX: cells,
    cellsY: (cells * sh) / sw,
    octaves: look.octaves,
    seed: look.hash ^ 0x1234,
  });
  const tex = resample(texLow, tw, th, sw, sh);
  const c = new Float32Array(3);
  const spec = look.style.specular;
  const glow = look.palette.glow;
  const slope = inflate * 0.5;
  for (let y = 0; y < sh; y++) {
    for (let x = 0; x < sw; x++) {
      const k = y * sw + x;
      const d = dist[k]!;
      if (d >= 0.5) continue;
      const gx =
        (height[y * sw + Math.min(sw - 1, x + 1)]! - height[y * sw + Math.max(0, x - 1)]!) * slope;
      const gy =
        (height[Math.min(sh - 1, y + 1) * sw + x]! - height[Math.max(0, y - 1) * sw + x]!) * slope;
      const len = Math.sqrt(gx * gx + gy * gy + 1);
      const nx = -gx / len;
      const ny = -gy / len;
      const nz = 1 / len;
      const diffuse = Math.max(0, nx * LIGHT[0] + ny * LIGHT[1] + nz * LIGHT[2]);
      const blinn = Math.max(0, (nx * LIGHT[0] + ny * LIGHT[1] + nz * HALF_Z) / HALF_LEN);
      const b4 = blinn * blinn * blinn * blinn;
      const specular = b4 * b4 * b4 * b4 * spec;
      const rim = (1 - nz) * (1 - nz) * 0.45;
      const px = x0 + x + 0.5;
      const py = y0 + y + 0.5;
      c[0] = 0;
      c[1] = 0;
      c[2] = 0;
      shape.colour(px, py, c);
      const shade = (0.3 + 0.8 * diffuse) * (1 + tex[k]! * 0.18 * look.contrast);
      for (let ch = 0; ch < 3; ch++) c[ch] = c[ch]! * shade + specular + glow[ch]! * rim * 0.5;
      shape.decal?.(px, py, c);
      const cover = Math.min(1, 0.5 - d);
      const i = ((y0 + y) * w + x0 + x) * 3;
      for (let ch = 0; ch < 3; ch++) out[i + ch] = out[i + ch]! + (c[ch]! - out[i + ch]!) * cover;
      if (alpha) alpha[(y0 + y) * w + x0 + x] = cover;
    }
  }
  return out;
}

/**
 * The subject's signed distance for every pixel of its box. Distances vary smoothly, so they are
 * evaluated on a 2× coarser grid and interpolated, and evaluated exactly only near the outline,
 * where anti-aliasing needs them.
 */
function shapeDistances(
  shape: Shape,
  x0: number,
  y0: number,
  sw: number,
  sh: number,
): Float32Array {
  const cw = (sw >> 1) + 2;
  const ch = (sh >> 1) + 2;
  const coarse = new Float32Array(cw * ch);
  for (let j = 0; j < ch; j++) {
    for (let i = 0; i < cw; i++) coarse[j * cw + i] = shape.sdf(x0 + i * 2 + 0.5, y0 + j * 2 + 0.5);
  }
  const dist = new Float32Array(sw * sh);
  for (let y = 0; y < sh; y++) {
    const j = y >> 1;
    const fy = (y & 1) * 0.5;
    for (let x = 0; x < sw; x++) {
      const i = x >> 1;
      const fx = (x & 1) * 0.5;
      const a = coarse[j * cw + i]!;
      const b = coarse[j * cw + i + 1]!;
      const c = coarse[(j + 1) * cw + i]!;
      const e = coarse[(j + 1) * cw + i + 1]!;
      let d = (a + (b - a) * fx) * (1 - fy) + (c + (e - c) * fx) * fy;
      if (d > -3 && d < 3) d = shape.sdf(x0 + x + 0.5, y0 + y + 0.5);
      dist[y * sw + x] = d;
    }
  }
  return dist;
}

/** Blurs the small background so its enlargement shows no bilinear creases. */
function softened(rgb: Float32Array, w: number, h: number): Float32Array {
  const planes = toPlanes(rgb, w * h).map((p) => boxBlur(boxBlur(p, w, h, 1), w, h, 1));
  const out = new Float32Array(w * h * 3);
  for (let i = 0; i < w * h; i++) {
    out[i * 3] = planes[0]![i]!;
    out[i * 3 + 1] = planes[1]![i]!;
    out[i * 3 + 2] = planes[2]![i]!;
  }
  return out;
}
