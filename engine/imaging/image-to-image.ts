import { encodeJpeg, resizeRgb } from './decode.ts';
import { edgeMap } from './edges.ts';
import { encodePngWithAlpha, foregroundAlpha } from './foreground.ts';
import { lcmImageToImage } from './lcm.ts';
import { hashNumbers } from './rng.ts';
import { renderTextToImagePixels, type TextToImageParams } from './text-to-image.ts';
import type { RgbImage } from './types.ts';

export interface ImageToImageParams extends TextToImageParams {
  /** The init image and `init_strength` (0.1..0.9): how much of its structure the result keeps. */
  init?: { image: RgbImage; strength: number } | null;
  /** ControlNet guides: pictures whose edges the composition follows, each with its weight. */
  guides?: readonly { image: RgbImage; weight: number }[];
  /** `transparency: "foreground_only"`: a PNG whose background is transparent. */
  transparent?: boolean;
}

/** How dark a ControlNet's full-strength edge draws into the picture. */
const GUIDE_INK = 0.8;

/**
 * `POST /generations` with an init image, ControlNets or transparency. The init image goes
 * through the realtime canvas's transform, at a strength that keeps more of its structure the
 * higher `init_strength` is; ControlNet guides draw their edges into the result; transparency
 * clears the background. Deterministic like text-to-image: the same inputs give the same bytes.
 */
export async function renderImageToImage(
  p: ImageToImageParams,
): Promise<{ bytes: Buffer; format: 'png' | 'jpeg' }> {
  const { width, height } = p;
  let picture: RgbImage;
  if (p.init) {
    const keep = Math.min(0.9, Math.max(0.1, p.init.strength));
    picture = await lcmImageToImage({
      image: await resizeRgb(p.init.image, width, height),
      prompt: p.prompt,
      style: p.style ?? null,
      strength: 1 - keep,
      guidance: 7,
      steps: 8,
      seed: hashNumbers(p.seed, p.index),
      width,
      height,
      mode: 'generate',
    });
  } else {
    picture = renderTextToImagePixels(p);
  }
  if (p.guides?.length) picture = await drawGuides(picture, p.guides);
  if (p.transparent) {
    return { bytes: await encodePngWithAlpha(picture, foregroundAlpha(picture)), format: 'png' };
  }
  return { bytes: await encodeJpeg(picture), format: 'jpeg' };
}

/** Darkens the picture along the guides' edges, each in proportion to its weight. */
async function drawGuides(
  picture: RgbImage,
  guides: readonly { image: RgbImage; weight: number }[],
): Promise<RgbImage> {
  const { width: w, height: h } = picture;
  const ink = new Float32Array(w * h);
  for (const guide of guides) {
    const edges = edgeMap(await resizeRgb(guide.image, w, h));
    const weight = Math.min(2, Math.max(0, guide.weight));
    for (let i = 0; i < ink.length; i++) ink[i] = Math.max(ink[i]!, edges[i]! * weight);
  }
  const data = new Uint8Array(picture.data.length);
  for (let i = 0; i < ink.length; i++) {
    const keep = 1 - GUIDE_INK * Math.min(1, ink[i]!);
    data[i * 3] = Math.round(picture.data[i * 3]! * keep);
    data[i * 3 + 1] = Math.round(picture.data[i * 3 + 1]! * keep);
    data[i * 3 + 2] = Math.round(picture.data[i * 3 + 2]! * keep);
  }
  return { data, width: w, height: h };
}
