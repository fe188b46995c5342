import {
  TransparencyType,
  type CreateGenerationRequestBody,
} from '@leonardo-ai/sdk/sdk/models/operations/index.js';
import { InitImageType, StrengthType } from '@leonardo-ai/sdk/sdk/models/shared/index.js';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode, meanDiff } from '../images.ts';
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
let initId: string;
let initPixels: Awaited<ReturnType<typeof decode>>;
let towerImageId: string;
beforeAll(async () => {
  h = await startSdkHarness({ limits: { concurrentJobs: 100, generationsPerMinute: 1000 } });
  const file = await pictureFile(192, 128);
  initId = await uploadInitImage(h.sdk, file);
  initPixels = await decode(await sharp(file).resize(96, 64, { fit: 'fill' }).png().toBuffer());
  towerImageId = await generatedImageId(h.sdk, { prompt: 'a tower', width: 96, height: 64 });
});
afterAll(() => h.close());

const small = { width: 96, height: 64, numImages: 1 };
async function generate(request: CreateGenerationRequestBody) {
  const answer = await h.sdk.image.createGeneration(request);
  return finishedGeneration(h.sdk, answer.object!.sdGenerationJob!.generationId!);
}
async function firstImage(g: Awaited<ReturnType<typeof generate>>) {
  const res = await fetch(g.generatedImages![0]!.url!);
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('image-to-image in createGeneration through the SDK', () => {
  it('an uploaded init image: the output keeps its structure in proportion to initStrength', async () => {
    const distance = async (initStrength: number) => {
      const g = await generate({ prompt: 'a garden', ...small, initImageId: initId, initStrength });
      expect(g.status).toBe('COMPLETE');
      expect(g.initStrength).toBe(initStrength);
      return meanDiff((await decode((await firstImage(g)).bytes)).data, initPixels.data, 96);
    };
    const loose = await distance(0.1);
    const close = await distance(0.9);
    expect(close).toBeLessThan(loose);
    expect(close).toBeLessThan(25);
  });

  it('a generated image as init (initGenerationImageId), several images, deterministic', async () => {
    const request = {
      prompt: 'the tower at night',
      ...small,
      numImages: 2,
      seed: 5,
      initGenerationImageId: towerImageId,
      initStrength: 0.6,
    };
    const a = await generate(request);
    const b = await generate(request);
    expect(a.generatedImages).toHaveLength(2);
    expect((await firstImage(a)).bytes.equals((await firstImage(b)).bytes)).toBe(true);
  });

  it.each([
    ['an uploaded guide', { initImageType: InitImageType.Uploaded, weight: 0.9 }, () => initId],
    [
      'a generated guide with a strength type',
      { initImageType: InitImageType.Generated, strengthType: StrengthType.High },
      () => towerImageId,
    ],
  ])('controlnets with %s', async (_n, fields, id) => {
    const g = await generate({
      prompt: 'a city',
      ...small,
      controlnets: [{ initImageId: id(), preprocessorId: 19, ...fields }],
    });
    expect(g.status).toBe('COMPLETE');
    expect((await firstImage(g)).res.headers.get('content-type')).toBe('image/jpeg');
  });

  it('transparency foreground_only: a PNG with a transparent background', async () => {
    const g = await generate({
      prompt: 'a teapot',
      ...small,
      transparency: TransparencyType.ForegroundOnly,
    });
    const image = g.generatedImages![0]!;
    expect(image.url).toMatch(/\.png$/);
    const { res, bytes } = await firstImage(g);
    expect(res.headers.get('content-type')).toBe('image/png');
    const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(4);
    const alpha = (x: number, y: number) => data[(y * info.width + x) * 4 + 3]!;
    expect([alpha(0, 0), alpha(95, 0), alpha(0, 63), alpha(95, 63)]).toEqual([0, 0, 0, 0]);
    expect(alpha(48, 32)).toBeGreaterThan(200);
    // A transparent image animates too, its still kept as the PNG it is.
    const motion = await h.sdk.motion.createSVDMotionGeneration({ imageId: image.id! });
    const m = await finishedGeneration(h.sdk, motion.object!.motionSvdGenerationJob!.generationId!);
    expect(m.generatedImages![0]!.url).toMatch(/\.png$/);
  });

  it('all at once: init image, ControlNet and transparency', async () => {
    const g = await generate({
      prompt: 'a lantern',
      ...small,
      initImageId: initId,
      initStrength: 0.5,
      controlnets: [
        {
          initImageId: towerImageId,
          initImageType: InitImageType.Generated,
          preprocessorId: 67,
        },
      ],
      transparency: TransparencyType.ForegroundOnly,
    });
    expect((await sharp((await firstImage(g)).bytes).metadata()).hasAlpha).toBe(true);
  });

  it('elements, user elements and image prompts are accepted and recorded', async () => {
    const g = await generate({
      prompt: 'a knight',
      ...small,
      elements: [{ akUUID: '00000000-0000-4000-8000-000000000001', weight: 0.5 }],
      userElements: [{ userLoraId: 7, weight: 1 }],
      imagePrompts: [towerImageId],
      imagePromptWeight: 0.4,
    });
    expect(g.status).toBe('COMPLETE');
  });
});

describe('image-to-image refusals, as the SDK’s error with the API’s message', () => {
  const unknown = '00000000-0000-4000-8000-000000000000';
  it.each([
    [
      'an unknown init image',
      { initImageId: unknown },
      `no init image with id "${unknown}"`,
      '$.init_image_id',
    ],
    [
      'an unknown generated image',
      { initGenerationImageId: unknown },
      `no generated image with id "${unknown}"`,
      '$.init_generation_image_id',
    ],
    [
      'both kinds of init image',
      { initImageId: unknown, initGenerationImageId: unknown },
      'cannot be used together',
      '$.init_generation_image_id',
    ],
    [
      'a ControlNet without its image type',
      { controlnets: [{ initImageId: unknown, preprocessorId: 19 }] },
      'controlnets.0.initImageType is required',
      '$.controlnets.0.initImageType',
    ],
    [
      'a ControlNet on an unknown image',
      {
        controlnets: [
          { initImageId: unknown, initImageType: InitImageType.Uploaded, preprocessorId: 19 },
        ],
      },
      `no init image with id "${unknown}"`,
      '$.controlnets.0.initImageId',
    ],
    [
      'an init strength over 0.9',
      { initStrength: 0.95 },
      'init_strength must be at most 0.9',
      '$.init_strength',
    ],
    [
      'a Canvas Editor init image',
      { canvasInitId: unknown },
      'canvasInitId is not supported',
      '$.canvasInitId',
    ],
  ])('%s', async (_n, fields, message, path) => {
    await expectApiError(
      h.sdk.image.createGeneration({
        prompt: 'x',
        ...small,
        ...fields,
      } as CreateGenerationRequestBody),
      400,
      message,
      path,
    );
  });

  it('another user’s images answer exactly like unknown ones', async () => {
    const asBob = (fields: CreateGenerationRequestBody) =>
      h.as(BOB).image.createGeneration({ prompt: 'x', ...small, ...fields });
    await expectApiError(
      asBob({ prompt: 'x', initImageId: initId }),
      400,
      `no init image with id "${initId}"`,
      '$.init_image_id',
    );
    await expectApiError(
      asBob({ prompt: 'x', initGenerationImageId: towerImageId }),
      400,
      `no generated image with id "${towerImageId}"`,
      '$.init_generation_image_id',
    );
  });

  it('an init image whose upload has not arrived', async () => {
    const pending = (await h.sdk.initImages.uploadInitImage({ extension: 'png' })).object!
      .uploadInitImage!.id!;
    await expectApiError(
      h.sdk.image.createGeneration({ prompt: 'x', ...small, initImageId: pending }),
      400,
      'has no file yet',
      '$.init_image_id',
    );
  });

  it('sent only fields the SDK’s schemas know', () => expectNoUnknownFields(h));
});
