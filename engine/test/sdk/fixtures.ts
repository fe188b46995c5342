import type { Leonardo } from '@leonardo-ai/sdk';
import { expect } from 'vitest';
import { imageDataUrl } from '../images.ts';
import { finishedGeneration, uploadToPresignedForm } from './sdk-harness.ts';

/** A picture file with structure (gradients and a disc), in the given format. */
export async function pictureFile(
  width: number,
  height: number,
  format: 'png' | 'jpeg' | 'webp' = 'png',
): Promise<Buffer> {
  return Buffer.from((await imageDataUrl(width, height, format)).split(',')[1]!, 'base64');
}

/** Uploads a picture as an init image the way a client of the cloud does; answers its id. */
export async function uploadInitImage(
  sdk: Leonardo,
  file: Buffer,
  extension = 'png',
): Promise<string> {
  const answer = await sdk.initImages.uploadInitImage({ extension });
  const { id, url, fields } = answer.object!.uploadInitImage!;
  const type = extension === 'jpg' ? 'image/jpeg' : `image/${extension}`;
  expect(await uploadToPresignedForm(url!, fields!, file, `init.${extension}`, type)).toBe(204);
  return id!;
}

/** One finished one-image generation made through the SDK: the id of its image. */
export async function generatedImageId(
  sdk: Leonardo,
  request: { prompt: string; width: number; height: number },
): Promise<string> {
  const created = await sdk.image.createGeneration({ ...request, numImages: 1 });
  const g = await finishedGeneration(sdk, created.object!.sdGenerationJob!.generationId!);
  return g.generatedImages![0]!.id!;
}
