import type { LcmGenerationStyle } from '@leonardo-ai/sdk/sdk/models/shared/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LCM_SIZES, LCM_STYLES } from '../../../contract/limits.ts';
import { decode, imageDataUrl, maskDataUrl } from '../images.ts';
import {
  expectApiError,
  expectNoUnknownFields,
  startSdkHarness,
  type SdkHarness,
} from './sdk-harness.ts';

let h: SdkHarness;
let sketch: string;
beforeAll(async () => {
  h = await startSdkHarness();
  sketch = await imageDataUrl(512, 512);
});
afterAll(() => h.close());

const sizeOf = async (dataUrl: string) => {
  const { width, height } = await decode(dataUrl);
  return [width, height];
};

describe('the realtime canvas through the SDK', () => {
  it.each(LCM_SIZES.flatMap((w) => LCM_SIZES.map((hgt) => [w, hgt] as const)))(
    'createLCMGeneration at %i×%i',
    async (width, height) => {
      const answer = await h.sdk.realtimeCanvas.createLCMGeneration({
        imageDataUrl: sketch,
        prompt: 'a red planet',
        width,
        height,
        seed: 1,
        requestTimestamp: '1700000000123',
      });
      const job = answer.object!.lcmGenerationJob!;
      expect(job.requestTimestamp).toBe('1700000000123');
      expect(job.cost).toEqual({ amount: '1', unit: 'CREDITS' });
      expect(await sizeOf(job.imageDataUrl![0]!)).toEqual([width, height]);
    },
  );

  it.each(LCM_STYLES.map((s) => [s]))('createLCMGeneration in the %s style', async (style) => {
    const answer = await h.sdk.realtimeCanvas.createLCMGeneration({
      imageDataUrl: sketch,
      prompt: 'a harbour',
      style: style as LcmGenerationStyle,
      strength: 0.7,
      guidance: 12,
      steps: 10,
      seed: 5,
    });
    expect(answer.object!.lcmGenerationJob!.imageDataUrl![0]).toMatch(/^data:image\/jpeg;base64,/);
  });

  it('the SDK’s defaults (512×512, no style) and the same seed twice give the same picture', async () => {
    const request = { imageDataUrl: sketch, prompt: 'castle', seed: 9 };
    const a = await h.sdk.realtimeCanvas.createLCMGeneration(request);
    const b = await h.sdk.realtimeCanvas.createLCMGeneration(request);
    const first = a.object!.lcmGenerationJob!.imageDataUrl![0]!;
    expect(await sizeOf(first)).toEqual([512, 512]);
    expect(b.object!.lcmGenerationJob!.imageDataUrl![0]).toBe(first);
  });

  it.each([
    [0.1, 4, 0.5],
    [1, 16, 20],
  ])(
    'performInstantRefine at strength %f, %i steps, guidance %f',
    async (strength, steps, guidance) => {
      const answer = await h.sdk.realtimeCanvas.performInstantRefine({
        imageDataUrl: sketch,
        prompt: 'crisp details',
        strength,
        steps,
        guidance,
        width: 640,
        height: 640,
      });
      expect(await sizeOf(answer.object!.lcmGenerationJob!.imageDataUrl![0]!)).toEqual([640, 640]);
    },
  );

  it('performInpaintingLCM with a PNG mask', async () => {
    const answer = await h.sdk.realtimeCanvas.performInpaintingLCM({
      imageDataUrl: sketch,
      maskDataUrl: await maskDataUrl(512, 512, { x: 100, y: 100, w: 200, h: 150 }),
      prompt: 'a window',
      style: 'PHOTOGRAPHY' as LcmGenerationStyle,
      seed: 3,
      requestTimestamp: '42',
    });
    const job = answer.object!.lcmGenerationJob!;
    expect(job.requestTimestamp).toBe('42');
    expect(await sizeOf(job.imageDataUrl![0]!)).toEqual([512, 512]);
  });

  it.each([
    ['refineCreative on', { refineCreative: true, refineStrength: 0.9 }],
    ['refineCreative off', { refineCreative: false, refineStrength: 0.5 }],
    ['the defaults', {}],
  ])('performAlchemyUpscaleLCM with %s: twice the size, saved to history', async (_n, fields) => {
    const answer = await h.sdk.realtimeCanvas.performAlchemyUpscaleLCM({
      imageDataUrl: sketch,
      prompt: 'sharper',
      ...fields,
    });
    const job = answer.object!.lcmGenerationJob!;
    expect(await sizeOf(job.imageDataUrl![0]!)).toEqual([1024, 1024]);
    expect(job.cost).toEqual({ amount: '5', unit: 'CREDITS' });
    // The upscale is a generation of its own, readable (and parsed) like any other.
    const generation = (await h.sdk.image.getGenerationById(job.generationId![0]!)).object!
      .generationsByPk!;
    expect(generation.status).toBe('COMPLETE');
    expect(generation.scheduler).toBeUndefined();
    expect(generation.sdVersion).toBeUndefined();
    const image = generation.generatedImages![0]!;
    expect(image.id).toBe(job.generatedImageId);
    expect(image.generatedImageVariationGenerics![0]).toMatchObject({
      id: job.variationId![0],
      transformType: 'UPSCALE',
      status: 'COMPLETE',
    });
  });

  it('history pages holding upscales parse', async () => {
    const page = await h.sdk.image.getGenerationsByUserId(await h.userId(), 50);
    expect(page.object!.generations!.length).toBe(3);
  });

  it.each([
    ['a size off the list', { width: 700 }, 'width must be one of: 512, 640, 1024', '$.width'],
    ['too many steps', { steps: 17 }, 'steps must be at most 16', '$.steps'],
    ['a strength under 0.1', { strength: 0.05 }, 'strength must be at least 0.1', '$.strength'],
    [
      'an image that is not a data URL',
      { imageDataUrl: 'https://example.com/a.png' },
      'imageDataUrl is not a valid base64 image data URL',
      '$.imageDataUrl',
    ],
  ])('refuses %s with the API’s message', async (_n, fields, message, path) => {
    await expectApiError(
      h.sdk.realtimeCanvas.createLCMGeneration({
        imageDataUrl: sketch,
        prompt: 'x',
        ...fields,
      }),
      400,
      message,
      path,
    );
  });

  it('refuses a mask of another size', async () => {
    await expectApiError(
      h.sdk.realtimeCanvas.performInpaintingLCM({
        imageDataUrl: sketch,
        maskDataUrl: await maskDataUrl(256, 128, { x: 0, y: 0, w: 10, h: 10 }),
        prompt: 'x',
      }),
      400,
      /mask/i,
      '$.maskDataUrl',
    );
  });

  it('sent only fields the SDK’s schemas know', () => expectNoUnknownFields(h));
});
