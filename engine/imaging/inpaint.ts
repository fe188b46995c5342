import { smoothstep } from './color.ts';
import { resample, sampleRgba, toFloats } from './field.ts';
import { chamferDistance, harmonicFill } from './fill.ts';
import { halveRgb } from './filters.ts';
import { gradeImage } from './grade.ts';
import { noiseField } from './noise.ts';
import { promptLook } from './prompt-look.ts';
import { hashNumbers, mulberry32 } from './rng.ts';
import { renderScene } from './scene.ts';
import { sketchLayout } from './sketch-layout.ts';
import { ImageInputError } from './types.ts';
import type { RgbImage } from './types.ts';

export interface InpaintParams {
  image: RgbImage;
  /** White (luma ≥ 128) marks the pixels to repaint. */
  mask: RgbImage;
  prompt: string;
  style?: string | null;
  strength: number;
  seed: number;
}

/** Pixels outside the mask that may still change, to hide the seam. */
export const FEATHER = 3;
/** Known pixels around the hole that feed the fill; the rest of the image is never touched. */
const MARGIN = 16;

/**
 * Repaints the masked area: a harmonic fill continues the surrounding colours, grain matched to
 * the surroundings keeps it from looking smeared, and the prompt's scene — its subject fitted
 * into the hole — is blended in by strength, fading out toward the hole's edge.
 */
export async function inpaintImage(p: InpaintParams): Promise<RgbImage> {
  const { image, mask } = p;
  const { width: w, height: h } = image;
  if (mask.width !== w || mask.height !== h) {
    throw new ImageInputError(
      `maskDataUrl must be the same size as imageDataUrl (${mask.width}x${mask.height} vs ${w}x${h})`,
    );
  }
  const m = mask.data;
  let count = 0;
  let sx = 0;
  let sy = 0;
  let bx0 = w;
  let by0 = h;
  let bx1 = -1;
  let by1 = -1;
  const isHole = (i: number) =>
    0.299 * m[i * 3]! + 0.587 * m[i * 3 + 1]! + 0.114 * m[i * 3 + 2]! >= 128;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (!isHole(y * w + x)) continue;
      count++;
      sx += x;
      sy += y;
      bx0 = Math.min(bx0, x);
      bx1 = Math.max(bx1, x);
      by0 = Math.min(by0, y);
      by1 = Math.max(by1, y);
    }
  }
  const out = image.data.slice();
  if (count === 0) return { data: out, width: w, height: h };

  // All work happens in the hole's bounding box plus a margin of context.
  const ox = Math.max(0, bx0 - MARGIN);
  const oy = Math.max(0, by0 - MARGIN);
  const cw = Math.min(w, bx1 + MARGIN + 1) - ox;
  const ch = Math.min(h, by1 + MARGIN + 1) - oy;
  const cn = cw * ch;
  const src = new Float32Array(cn * 3);
  const hole = new Uint8Array(cn);
  const known = new Uint8Array(cn);
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      const g = (oy + y) * w + ox + x;
      const k = y * cw + x;
      hole[k] = isHole(g) ? 1 : 0;
      known[k] = 1 - hole[k]!;
      for (let c = 0; c < 3; c++) src[k * 3 + c] = image.data[g * 3 + c]! / 255;
    }
  }
  const fill = harmonicFill(src, known, cw, ch);
  const dIn = chamferDistance(hole, 0, cw, ch, 16);
  const dOut = chamferDistance(hole, 1, cw, ch, 9);

  // Grain: the surroundings' high-frequency energy, so the patch is as "noisy" as its context.
  let energy = 0;
  let samples = 0;
  for (let y = 1; y < ch - 1; y++) {
    for (let x = 1; x < cw - 1; x++) {
      const i = y * cw + x;
      if (hole[i] || dOut[i]! > 8) continue;
      for (let c = 0; c < 3; c++) {
        const avg =
          src[(i - 1) * 3 + c]! +
          src[(i + 1) * 3 + c]! +
          src[(i - cw) * 3 + c]! +
          src[(i + cw) * 3 + c]!;
        energy += Math.abs(src[i * 3 + c]! - avg / 4);
      }
      samples += 3;
    }
  }
  const grain = Math.min(0.15, samples > 0 ? (energy / samples) * 1.6 : 0);
  const gw = Math.max(4, cw >> 1);
  const gh = Math.max(4, ch >> 1);
  const noiseLow = noiseField({
    width: gw,
    height: gh,
    cellsX: cw / 6,
    cellsY: ch / 6,
    octaves: 2,
    seed: hashNumbers(p.seed, 3),
  });
  const noise = resample(noiseLow, gw, gh, cw, ch);

  // The prompt's scene at half resolution, its subject fitted to the hole, its horizon following
  // the picture's own.
  const look = promptLook({ prompt: p.prompt, style: p.style, seed: p.seed });
  const sw = Math.max(16, w >> 1);
  const sh = Math.max(16, h >> 1);
  const layout = sketchLayout(halveRgb(image.data, w, h), Math.max(1, w >> 1), Math.max(1, h >> 1));
  const radius = Math.sqrt(count / Math.PI) / Math.min(w, h);
  const subject = {
    x: sx / count / w,
    y: sy / count / h,
    r: Math.min(0.45, Math.max(0.04, radius)),
    fit: 'whole' as const,
  };
  const scene = renderScene(look, sw, sh, mulberry32(hashNumbers(look.hash, 5)), {
    horizon: layout.horizon,
    subject,
  });
  const sceneRgb = toFloats(gradeImage(scene, look.style, look.hash, { vignette: false }));
  const strength = smoothstep(0.05, 0.9, p.strength);
  const composite = src.slice();
  const px = new Float32Array(4);
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      const i = y * cw + x;
      if (!hole[i]) continue;
      sampleRgba(
        sceneRgb,
        scene.alpha,
        sw,
        sh,
        ((ox + x + 0.5) * sw) / w - 0.5,
        ((oy + y + 0.5) * sh) / h - 0.5,
        px,
      );
      const edge = smoothstep(1, 10, dIn[i]!);
      // The subject is placed as drawn; the scene's background only tints the fill.
      const k = strength * Math.min(1, px[3]! * 0.95 + 0.3 * edge);
      const g = noise[i]! * grain;
      for (let c = 0; c < 3; c++) {
        const base = fill[i * 3 + c]! + g;
        composite[i * 3 + c] = base + (px[c]! - base) * k;
      }
    }
  }
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      const i = y * cw + x;
      const inHole = hole[i] === 1;
      if (!inHole && dOut[i]! > FEATHER) continue;
      const blend = inHole ? 1 - smoothstep(0, 3, dIn[i]!) : 0.7 * (1 - dOut[i]! / (FEATHER + 1));
      const g = ((oy + y) * w + ox + x) * 3;
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let dy = -1; dy <= 1; dy++) {
          const row = Math.min(ch - 1, Math.max(0, y + dy)) * cw;
          for (let dx = -1; dx <= 1; dx++)
            sum += composite[(row + Math.min(cw - 1, Math.max(0, x + dx))) * 3 + c]!;
        }
        const own = composite[i * 3 + c]!;
        const v = (own + (sum / 9 - own) * blend) * 255 + 0.5;
        out[g + c] = v <= 0 ? 0 : v >= 255 ? 255 : v;
      }
    }
  }
  return { data: out, width: w, height: h };
}
