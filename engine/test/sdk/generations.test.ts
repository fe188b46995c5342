import type { SdGenerationStyle } from '@leonardo-ai/sdk/sdk/models/shared/index.js';
import {
  TransparencyType,
  type CreateGenerationRequestBody,
} from '@leonardo-ai/sdk/sdk/models/operations/index.js';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SD_STYLES,
  STYLES_WITH_ALCHEMY,
  STYLES_WITHOUT_ALCHEMY,
} from '../../../contract/limits.ts';
import {
  ALICE,
  BOB,
  expectApiError,
  expectNoUnknownFields,
  finishedGeneration,
  startSdkHarness,
  type SdkHarness,
} from './sdk-harness.ts';

const KINO_XL = 'aa77f04e-3eec-4034-9c07-d0f619684628';
const LIGHTNING_XL = 'b24e16ff-06e3-43eb-8d33-4416c2d75876';

let h: SdkHarness;
beforeAll(async () => {
  // Many small jobs at once: lift the per-user limits, which limits.test.ts covers.
  h = await startSdkHarness({ limits: { concurrentJobs: 200, generationsPerMinute: 10_000 } });
});
afterAll(() => h.close());

const small = { width: 64, height: 64, numImages: 1 };
const create = async (request: CreateGenerationRequestBody) => {
  const answer = await h.sdk.image.createGeneration(request);
  expect(answer.statusCode).toBe(200);
  const job = answer.object!.sdGenerationJob!;
  expect(job.generationId).toMatch(/^[0-9a-f-]{36}$/);
  expect(job.cost).toEqual({ amount: String(job.apiCreditCost), unit: 'CREDITS' });
  return job.generationId!;
};

describe('createGeneration and getGenerationById through the SDK', () => {
  it('the SDK’s defaults: 1024×768, four images, Alchemy, DYNAMIC, Lightning XL', async () => {
    const id = await create({ prompt: 'a lighthouse at dusk' });
    const g = await finishedGeneration(h.sdk, id);
    expect(g).toMatchObject({
      status: 'COMPLETE',
      imageWidth: 1024,
      imageHeight: 768,
      modelId: LIGHTNING_XL,
      presetStyle: 'DYNAMIC',
      scheduler: 'EULER_DISCRETE',
      sdVersion: 'SDXL_LIGHTNING',
      public: false,
    });
    expect(g.generatedImages).toHaveLength(4);
    const file = await fetch(g.generatedImages![0]!.url!);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([1024, 768]);
  });

  it.each([
    ['the smallest size', { width: 32, height: 32, numImages: 8 }],
    ['the largest size', { width: 1536, height: 1536, numImages: 1 }],
    ['eight images at 768', { width: 768, height: 768, numImages: 8 }],
    ['four images over 768', { width: 1536, height: 512, numImages: 4 }],
    ['a tall size', { width: 256, height: 1024, numImages: 2 }],
  ])('%s', async (_name, size) => {
    const g = await finishedGeneration(h.sdk, await create({ prompt: 'a harbour', ...size }));
    expect([g.imageWidth, g.imageHeight]).toEqual([size.width, size.height]);
    expect(g.generatedImages).toHaveLength(size.numImages);
  });

  it.each(STYLES_WITH_ALCHEMY.map((style) => [style]))('presetStyle %s with Alchemy', async (s) => {
    const id = await create({ prompt: 'a fox', ...small, presetStyle: s as SdGenerationStyle });
    expect((await finishedGeneration(h.sdk, id)).presetStyle).toBe(s);
  });

  it.each(STYLES_WITHOUT_ALCHEMY.map((style) => [style]))(
    'presetStyle %s without Alchemy',
    async (s) => {
      const id = await create({
        prompt: 'a fox',
        ...small,
        alchemy: false,
        presetStyle: s as SdGenerationStyle,
      });
      expect((await finishedGeneration(h.sdk, id)).presetStyle).toBe(s);
    },
  );

  // With PhotoReal every style of the enum applies.
  it.each(SD_STYLES.map((style) => [style]))('presetStyle %s with PhotoReal', async (s) => {
    const id = await create({
      prompt: 'a fox',
      ...small,
      photoReal: true,
      modelId: null,
      presetStyle: s as SdGenerationStyle,
    });
    expect((await finishedGeneration(h.sdk, id)).presetStyle).toBe(s);
  });

  it('PhotoReal v1 (no model): the sdVersion asked for, else v1_5', async () => {
    const v1 = await create({ prompt: 'a portrait', ...small, photoReal: true, modelId: null });
    expect(await finishedGeneration(h.sdk, v1)).toMatchObject({
      modelId: null,
      photoReal: true,
      photoRealStrength: 0.55,
      sdVersion: 'v1_5',
    });
    const v2 = await create({
      prompt: 'a portrait',
      ...small,
      photoReal: true,
      photoRealVersion: 'v2',
      photoRealStrength: 0.45,
      modelId: KINO_XL,
    });
    expect(await finishedGeneration(h.sdk, v2)).toMatchObject({
      modelId: KINO_XL,
      photoRealStrength: 0.45,
      sdVersion: 'SDXL_1_0',
    });
  });

  it('every other request field the SDK has is accepted and echoed where the API echoes it', async () => {
    const id = await create({
      prompt: 'a mountain lake',
      negativePrompt: 'fog',
      ...small,
      seed: 1234,
      guidanceScale: 9,
      numInferenceSteps: 30,
      scheduler: 'DDIM' as never,
      public: true,
      tiling: true,
      contrast: 3.5,
      contrastRatio: 0.5,
      expandedDomain: true,
      fantasyAvatar: false,
      highContrast: true,
      highResolution: false,
      promptMagic: true,
      promptMagicStrength: 0.4,
      promptMagicVersion: 'v3',
      enhancePrompt: true,
      enhancePromptInstruction: 'more light',
      transparency: TransparencyType.Disabled,
      unzoom: false,
      upscaleRatio: 2,
      // Deprecated in favour of `controlnets`, still in the SDK: accepted and ignored.
      controlNet: false,
      controlNetType: 'CANNY' as never,
      weighting: 0.5,
    });
    expect(await finishedGeneration(h.sdk, id)).toMatchObject({
      negativePrompt: 'fog',
      seed: 1234,
      guidanceScale: 9,
      inferenceSteps: 30,
      scheduler: 'DDIM',
      public: true,
      promptMagic: true,
      promptMagicStrength: 0.4,
      promptMagicVersion: 'v3',
    });
  });

  it('Ultra without Alchemy', async () => {
    const id = await create({ prompt: 'a city', ...small, alchemy: false, ultra: true });
    expect((await finishedGeneration(h.sdk, id)).ultra).toBe(true);
  });

  it('the same seed gives the same bytes', async () => {
    const request = { prompt: 'a red kite', ...small, seed: 77 };
    const [a, b] = await Promise.all([create(request), create(request)]);
    const bytes = async (id: string) => {
      const url = (await finishedGeneration(h.sdk, id)).generatedImages![0]!.url!;
      return Buffer.from(await (await fetch(url)).arrayBuffer());
    };
    expect((await bytes(a)).equals(await bytes(b))).toBe(true);
  });
});

describe('refusals surface as the SDK’s error with the API’s message', () => {
  it.each([
    ['a side over 1536', { width: 1544 }, 'width must be at most 1536', '$.width'],
    ['a side under 32', { height: 24 }, 'height must be at least 32', '$.height'],
    ['a side not a multiple of 8', { width: 1001 }, 'multiple of 8', '$.width'],
    ['nine images', { numImages: 9 }, 'num_images must be at most 8', '$.num_images'],
    [
      'five images over 768',
      { width: 1024, height: 512, numImages: 5 },
      'num_images must be at most 4',
      '$.num_images',
    ],
    [
      'an unknown model',
      { modelId: '00000000-0000-4000-8000-000000000000' },
      'is not a model',
      '$.modelId',
    ],
    [
      'PhotoReal without Alchemy',
      { photoReal: true, alchemy: false, modelId: null },
      'requires alchemy',
      '$.alchemy',
    ],
    [
      'Ultra with Alchemy',
      { ultra: true, alchemy: true },
      'ultra cannot be used with alchemy',
      '$.ultra',
    ],
    [
      'a PhotoReal strength off the list',
      { photoReal: true, modelId: null, photoRealStrength: 0.3 },
      '0.55, 0.5 or 0.45',
      '$.photoRealStrength',
    ],
    [
      'guidance over 20',
      { guidanceScale: 25 },
      'guidance_scale must be at most 20',
      '$.guidance_scale',
    ],
  ])('%s', async (_name, fields, message, path) => {
    const body = await expectApiError(
      h.sdk.image.createGeneration({ prompt: 'x', ...fields } as CreateGenerationRequestBody),
      400,
      message,
      path,
    );
    expect(body.code).toBe('validation-failed');
  });

  it('an enum value off the list names the allowed values, with no stray comma', async () => {
    // The SDK checks its own enums before sending, so this one goes over plain HTTP.
    const res = await fetch(`${h.origin}/api/rest/v1/generations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ALICE}`, 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'x', transparency: 'everything' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: 'transparency must be one of: disabled, foreground_only',
      path: '$.transparency',
      code: 'validation-failed',
    });
  });

  it('another user’s generation answers like an unknown one', async () => {
    const id = await create({ prompt: 'mine', ...small });
    await finishedGeneration(h.sdk, id);
    await expectApiError(h.as(BOB).image.getGenerationById(id), 404, 'Generation not found');
    await expectApiError(h.as(BOB).image.deleteGenerationById(id), 404, 'Generation not found');
    await expectApiError(
      h.sdk.image.getGenerationById('00000000-0000-4000-8000-000000000000'),
      404,
      'Generation not found',
    );
  });
});

describe('getGenerationsByUserId and deleteGenerationById through the SDK', () => {
  it('lists every kind of generation the engine makes, newest first, a page at a time', async () => {
    const ids = [];
    for (const prompt of ['first', 'second', 'third']) ids.push(await create({ prompt, ...small }));
    for (const id of ids) await finishedGeneration(h.sdk, id);
    const userId = await h.userId();
    const page = await h.sdk.image.getGenerationsByUserId(userId, 2, 0);
    expect(page.object!.generations!.map((g) => g.prompt)).toEqual(['third', 'second']);
    const next = await h.sdk.image.getGenerationsByUserId(userId, 2, 2);
    expect(next.object!.generations![0]!.prompt).toBe('first');
    // One page holding every generation made so far: every one of them must parse.
    const all = await h.sdk.image.getGenerationsByUserId(userId, 100, 0);
    expect(all.object!.generations!.length).toBeGreaterThan(20);
    await expectApiError(h.as(BOB).image.getGenerationsByUserId(userId), 404, 'User not found');
    await expectApiError(
      h.sdk.image.getGenerationsByUserId(userId, 101),
      400,
      'limit must be at most 100',
    );
  });

  it('deletes, and the generation is gone', async () => {
    const id = await create({ prompt: 'to delete', ...small });
    await finishedGeneration(h.sdk, id);
    const deleted = await h.sdk.image.deleteGenerationById(id);
    expect(deleted.object!.deleteGenerationsByPk!.id).toBe(id);
    await expectApiError(h.sdk.image.getGenerationById(id), 404, 'Generation not found');
  });

  it('sent only fields the SDK’s schemas know', () => expectNoUnknownFields(h));
});
