import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageDataUrl } from '../images.ts';
import { generatedImageId, pictureFile, uploadInitImage } from './fixtures.ts';
import {
  BOB,
  expectApiError,
  expectNoUnknownFields,
  finishedGeneration,
  startSdkHarness,
  type SdkHarness,
} from './sdk-harness.ts';

let h: SdkHarness;
let imageId: string;
beforeAll(async () => {
  h = await startSdkHarness({ limits: { concurrentJobs: 50, generationsPerMinute: 1000 } });
  imageId = await generatedImageId(h.sdk, { prompt: 'waves', width: 128, height: 96 });
});
afterAll(() => h.close());

/** Starts a motion job through the SDK and waits for its MP4. */
async function animate(request: Parameters<typeof h.sdk.motion.createSVDMotionGeneration>[0]) {
  const answer = await h.sdk.motion.createSVDMotionGeneration(request);
  const job = answer.object!.motionSvdGenerationJob!;
  expect(job.cost).toEqual({ amount: '25', unit: 'CREDITS' });
  const g = await finishedGeneration(h.sdk, job.generationId!);
  expect(g.status).toBe('COMPLETE');
  expect(g.scheduler).toBeUndefined();
  expect(g.sdVersion).toBeUndefined();
  const image = g.generatedImages![0]!;
  expect(image).toMatchObject({ motion: true, motionModel: 'SVD' });
  const video = await fetch(image.motionMp4URL!);
  expect(video.headers.get('content-type')).toBe('video/mp4');
  return { g, image };
}

describe('SVD motion through the SDK', () => {
  it.each([1, 5, 10])('a generated image at motion strength %i', async (motionStrength) => {
    const { image } = await animate({ imageId, motionStrength });
    expect(image.motionStrength).toBe(motionStrength);
  });

  it('public, with the default strength', async () => {
    const { g, image } = await animate({ imageId, isPublic: true });
    expect(g.public).toBe(true);
    expect(image.motionStrength).toBe(5);
  });

  it('an uploaded init image (isInitImage)', async () => {
    const initId = await uploadInitImage(h.sdk, await pictureFile(128, 96));
    await animate({ imageId: initId, isInitImage: true, isPublic: false, motionStrength: 3 });
  });

  it('an upscale variation (isVariation)', async () => {
    const upscale = await h.sdk.realtimeCanvas.performAlchemyUpscaleLCM({
      imageDataUrl: await imageDataUrl(512, 512),
      prompt: 'sharper',
    });
    const variationId = upscale.object!.lcmGenerationJob!.variationId![0]!;
    await animate({ imageId: variationId, isVariation: true, motionStrength: 2 });
  });

  it('history pages holding motion generations parse', async () => {
    const page = await h.sdk.image.getGenerationsByUserId(await h.userId(), 50);
    expect(page.object!.generations!.some((g) => g.generatedImages![0]?.motion)).toBe(true);
  });

  it('refuses another user’s image like an unknown one, and a strength over 10', async () => {
    await expectApiError(
      h.as(BOB).motion.createSVDMotionGeneration({ imageId }),
      404,
      'Image not found',
    );
    await expectApiError(
      h.sdk.motion.createSVDMotionGeneration({ imageId, isInitImage: true }),
      404,
      'Image not found',
    );
    await expectApiError(
      h.sdk.motion.createSVDMotionGeneration({ imageId, motionStrength: 11 }),
      400,
      'motionStrength must be at most 10',
      '$.motionStrength',
    );
  });

  it('sent only fields the SDK’s schemas know', () => expectNoUnknownFields(h));
});
