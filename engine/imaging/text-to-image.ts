import { encodeJpeg } from './decode.ts';
import { gradeImage } from './grade.ts';
import { promptLook } from './prompt-look.ts';
import { hashNumbers, mulberry32 } from './rng.ts';
import { renderScene } from './scene.ts';
import type { RgbImage } from './types.ts';

export interface TextToImageParams {
  prompt: string;
  negativePrompt?: string | null;
  style?: string | null;
  seed: number;
  width: number;
  height: number;
  /** Position in the batch: images of one generation share the look but not the layout. */
  index: number;
  /** Seamless output: the picture becomes a periodic pattern. */
  tiling?: boolean;
}

export async function renderTextToImage(p: TextToImageParams): Promise<Buffer> {
  return encodeJpeg(renderTextToImagePixels(p));
}

/** The picture itself, before encoding: image-to-image starts from it. */
export function renderTextToImagePixels(p: TextToImageParams): RgbImage {
  const { width, height } = p;
  if (
    !Number.isInteger(width) ||
    !Number.isInteger(height) ||
    width < 8 ||
    height < 8 ||
    width > 4096 ||
    height > 4096
  ) {
    throw new RangeError(`cannot render a ${width}x${height} image`);
  }
  const look = promptLook(p);
  const take = hashNumbers(look.hash, p.index);
  const scene = renderScene(look, width, height, mulberry32(take));
  const data = gradeImage(scene, look.style, take ^ 0x2545f491, { vignette: !p.tiling });
  return { data, width, height };
}
