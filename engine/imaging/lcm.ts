import { clamp01, smoothstep } from './color.ts';
import { resizeRgb } from './decode.ts';
import { resample } from './field.ts';
import { halveRgb } from './filters.ts';
import { CH, halfResMaps, lerp4 } from './lcm-maps.ts';
import { gradeImage } from './grade.ts';
import { noiseField } from './noise.ts';
import { promptLook } from './prompt-look.ts';
import type { PromptLook } from './prompt-look.ts';
import { hashNumbers, mulberry32 } from './rng.ts';
import { renderScene } from './scene.ts';
import { sketchLayout } from './sketch-layout.ts';
import type { SceneHints } from './sketch-layout.ts';
import type { RgbImage } from './types.ts';

export interface LcmParams {
  image: RgbImage;
  prompt: string;
  style?: string | null;
  /** 0.1..1: how far the result may move away from the input. */
  strength: number;
  /** 0.5..20: how hard colours are pulled to the prompt's palette. */
  guidance: number;
  /** 4..16: amount of fine procedural detail. */
  steps: number;
  seed: number;
  width: number;
  height: number;
  mode: 'generate' | 'refine';
}

// The realtime canvas re-sends the same prompt many times a second while the user draws; the
// prompt-only parts of the render are memoised so each call only pays for input-dependent work.
// Few entries: at 1024² one scene is 12 MB.
const scenes = new Map<string, Float32Array>();
const textures = new Map<string, Float32Array>();
const CACHE_LIMIT = 4;
let stylised = new Float32Array(0);

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit) return hit;
  const value = make();
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

/** The prompt's scene, laid out after the sketch, rendered at a quarter of the size and enlarged. */
function sceneFor(look: PromptLook, w: number, h: number, hints: SceneHints): Float32Array {
  return remember(scenes, `${look.hash}:${w}x${h}:${JSON.stringify(hints)}`, () => {
    const sw = Math.max(48, Math.round(w / 4));
    const sh = Math.max(48, Math.round(h / 4));
    const small = renderScene(look, sw, sh, mulberry32(look.hash), hints);
    return resample(small.data, sw, sh, w, h, 3);
  });
}

/** Procedural detail: more octaves (finer grain) for more steps. */
function textureFor(look: PromptLook, w: number, h: number, steps: number): Float32Array {
  return remember(textures, `${look.hash}:${w}x${h}:${steps}`, () => {
    const fw = Math.max(16, Math.round(w / 4));
    const fh = Math.max(16, Math.round(h / 4));
    const cells = look.noiseScale * 2;
    const octaves = 2 + Math.round(steps / 4);
    const low = noiseField({
      width: fw,
      height: fh,
      cellsX: cells,
      cellsY: (cells * h) / w,
      octaves,
      seed: look.hash ^ 0x51ed27,
    });
    return resample(low, fw, fh, w, h);
  });
}

/**
 * A stylised "render" of a sketch: edge-preserving smoothing keeps the drawing's structure,
 * colours are gradient-mapped toward the prompt's palette, relief shading embosses the drawn
 * shapes and procedural texture adds detail. From mid strength the prompt's own scene — laid
 * out after the sketch (horizon, main blob) — takes over, blank paper first. Everything varies
 * continuously with strength.
 */
export async function lcmImageToImage(p: LcmParams): Promise<RgbImage> {
  const { width: w, height: h } = p;
  const input =
    p.image.width === w && p.image.height === h ? p.image : await resizeRgb(p.image, w, h);
  const n = w * h;
  const s = Math.min(1, Math.max(0.1, p.strength));
  const refine = p.mode === 'refine';
  const steps = Math.min(16, Math.max(4, Math.round(p.steps)));
  const look = promptLook({ prompt: p.prompt, style: p.style, seed: p.seed });
  const hw = Math.max(1, w >> 1);
  const hh = Math.max(1, h >> 1);
  const planes = halveRgb(input.data, w, h);
  const scene = sceneFor(look, w, h, refine ? {} : sketchLayout(planes, hw, hh));
  const texture = textureFor(look, w, h, steps);
  const radius = Math.max(1, Math.round(((1 + 3 * s) * Math.min(w, h)) / 512));
  const coef = halfResMaps(planes, hw, hh, radius, (0.03 + 0.1 * s) ** 2);

  const pull = clamp01(0.15 + (p.guidance / 20) * 0.85) * (refine ? 0.35 : 1);
  const detail = (0.04 + (steps / 16) * 0.14) * look.contrast;
  const sharpen = refine ? 0.5 + steps / 16 : 0;
  const relief = (refine ? 0.4 : 1) * smoothstep(0.15, 0.7, s);
  const takeover = refine ? 0 : smoothstep(0.55, 1, s);
  const ramp = look.ramp;
  const src = input.data;
  if (stylised.length !== n * 3) stylised = new Float32Array(n * 3);
  const xs = new Int32Array(w);
  const xf = new Float32Array(w);
  for (let x = 0; x < w; x++) {
    const pos = Math.min(hw - 1, Math.max(0, (x + 0.5) / 2 - 0.5));
    xs[x] = Math.min(hw - 2, Math.floor(pos));
    xf[x] = pos - xs[x]!;
  }
  for (let y = 0; y < h; y++) {
    const py = Math.min(hh - 1, Math.max(0, (y + 0.5) / 2 - 0.5));
    const y0 = Math.min(Math.max(0, hh - 2), Math.floor(py));
    const fy = py - y0;
    const row0 = y0 * hw;
    const row1 = Math.min(hh - 1, y0 + 1) * hw;
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const j = i * 3;
      const fx = hw > 1 ? xf[x]! : 0;
      const x0 = Math.max(0, xs[x]!);
      const x1 = Math.min(hw - 1, x0 + 1);
      const t00 = (row0 + x0) * CH;
      const t01 = (row0 + x1) * CH;
      const t10 = (row1 + x0) * CH;
      const t11 = (row1 + x1) * CH;
      const w00 = (1 - fx) * (1 - fy);
      const w01 = fx * (1 - fy);
      const w10 = (1 - fx) * fy;
      const w11 = fx * fy;
      const ir = src[j]! / 255;
      const ig = src[j + 1]! / 255;
      const ib = src[j + 2]! / 255;
      const r0 =
        lerp4(coef, t00, t01, t10, t11, w00, w01, w10, w11, 0) * ir +
        lerp4(coef, t00, t01, t10, t11, w00, w01, w10, w11, 1);
      const g0 =
        lerp4(coef, t00, t01, t10, t11, w00, w01, w10, w11, 2) * ig +
        lerp4(coef, t00, t01, t10, t11, w00, w01, w10, w11, 3);
      const b0 =
        lerp4(coef, t00, t01, t10, t11, w00, w01, w10, w11, 4) * ib +
        lerp4(coef, t00, t01, t10, t11, w00, w01, w10, w11, 5);
      const l = 0.299 * r0 + 0.587 * g0 + 0.114 * b0;
      const k = (l <= 0 ? 0 : l >= 1 ? 255 : (l * 255 + 0.5) | 0) * 3;
      const shade = 1 + lerp4(coef, t00, t01, t10, t11, w00, w01, w10, w11, 6) * relief;
      const t = (1 + texture[i]! * detail) * shade;
      let r = (r0 + (ramp[k]! - r0) * pull) * t + (ir - r0) * sharpen;
      let g = (g0 + (ramp[k + 1]! - g0) * pull) * t + (ig - g0) * sharpen;
      let b = (b0 + (ramp[k + 2]! - b0) * pull) * t + (ib - b0) * sharpen;
      if (takeover > 0) {
        // Blank paper gives way to the prompt's scene first; drawn strokes hold out longest.
        const chroma = Math.max(r0, g0, b0) - Math.min(r0, g0, b0);
        const paper = l > 0.8 && chroma < 0.12 ? 1 : 0.35;
        const m = Math.min(0.92, takeover * (0.35 + 0.65 * paper) * 1.15);
        const lift = 0.8 + 0.4 * l;
        r += (scene[j]! * lift - r) * m;
        g += (scene[j + 1]! * lift - g) * m;
        b += (scene[j + 2]! * lift - b) * m;
      }
      stylised[j] = r;
      stylised[j + 1] = g;
      stylised[j + 2] = b;
    }
  }
  const data = gradeImage(
    { data: stylised, width: w, height: h },
    look.style,
    hashNumbers(look.hash, 11),
    {
      base: src,
      amount: refine ? 0.7 * s : clamp01(1.25 * s - 0.02),
    },
  );
  return { data, width: w, height: h };
}
