import { QueryObserver, focusManager } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BROKEN_TEXT,
  CDN,
  CLOUD_CREATE_ANSWER,
  CLOUD_GENERATION_ID,
  CLOUD_IMAGE_ID,
  CLOUD_NOT_YET_VISIBLE,
  CLOUD_UPSCALE_ANSWER,
  CLOUD_UPSCALE_ID,
  cloudGeneration,
  cloudHistoryPage,
  cloudMe,
  cloudTexture,
  cloudUpscaledGeneration,
} from '../test/cloud-answers.ts';
import { ALICE_KEY, jsonResponse, stubFetch } from '../test/fetch-stub.ts';
import { createApiClient } from './client.ts';
import { createGeneration, getGeneration, listGenerations } from './generations.ts';
import { NOT_YET_VISIBLE_MS, jobQueryOptions, noteJobStarted } from './jobs.ts';
import { upscaleLcm } from './lcm.ts';
import { getMe, tokenBalance } from './me.ts';
import { motionJob } from './motion.ts';
import { createQueryClient } from './query-client.ts';
import { getTextureGeneration } from './textures.ts';
import { jobCostLabel } from './read-generation.ts';

const BASE = 'https://cloud.leonardo.ai/api/rest/v1';
const client = createApiClient({ baseUrl: BASE, getKey: () => ALICE_KEY });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('answers shaped as the cloud sends them', () => {
  it('fills what a generation leaves out, and keeps its images on the CDN host', async () => {
    stubFetch(() => jsonResponse({ generations_by_pk: cloudGeneration() }));
    const generation = await getGeneration(client, CLOUD_GENERATION_ID);
    expect(generation).toMatchObject({
      seed: null,
      presetStyle: null,
      negativePrompt: null,
      generation_elements: [],
    });
    expect(generation).not.toHaveProperty('scheduler');
    const [image] = generation.generated_images;
    expect(image).toMatchObject({
      id: CLOUD_IMAGE_ID,
      likeCount: 0,
      motionMP4URL: null,
      generated_image_variation_generics: [],
    });
    expect(new URL(image!.url).host).toBe(new URL(CDN).host);
    expect(JSON.stringify(generation)).not.toMatch(BROKEN_TEXT);
  });

  it('keeps the UPSCALE variation and leaves out transforms the studio does not know', async () => {
    stubFetch(() => jsonResponse({ generations_by_pk: cloudUpscaledGeneration() }));
    const generation = await getGeneration(client, CLOUD_GENERATION_ID);
    expect(generation.generated_images[0]!.generated_image_variation_generics).toEqual([
      {
        id: CLOUD_UPSCALE_ID,
        status: 'COMPLETE',
        transformType: 'UPSCALE',
        url: expect.stringContaining('lighthouse-upscaled.jpg'),
      },
    ]);
  });

  it('reads a history page whose pending entry has no images and few fields', async () => {
    stubFetch(() => jsonResponse(cloudHistoryPage()));
    const { generations } = await listGenerations(client, 'u', { offset: 0, limit: 50 });
    expect(generations).toHaveLength(2);
    expect(generations[1]).toMatchObject({
      status: 'PENDING',
      generated_images: [],
      imageWidth: 0,
      public: false,
    });
  });

  it('counts no tokens as zero tokens, never NaN', async () => {
    stubFetch(() => jsonResponse(cloudMe()));
    const me = await getMe(client);
    expect(tokenBalance(me.user_details[0]!)).toEqual({
      api: 0,
      apiSubscription: 0,
      apiPaid: 0,
      appSubscription: 150,
    });
  });

  it('takes a create answer without a cost, and refuses one without an id', async () => {
    stubFetch(() => jsonResponse(CLOUD_CREATE_ANSWER));
    const answer = await createGeneration(client, { prompt: 'x' });
    expect(answer.sdGenerationJob).toEqual({
      generationId: CLOUD_GENERATION_ID,
      apiCreditCost: null,
      cost: null,
    });
    expect(jobCostLabel(answer.sdGenerationJob)).toBeNull();

    stubFetch(() => jsonResponse({ sdGenerationJob: {} }));
    await expect(createGeneration(client, { prompt: 'x' })).rejects.toMatchObject({
      code: 'invalid-response',
      message: 'The server accepted the generation but did not say its id.',
    });
  });

  it('reads a motion job under either name, with or without a cost', () => {
    expect(motionJob({ sdGenerationJob: { generationId: 'g' } as never })).toEqual({
      generationId: 'g',
      apiCreditCost: null,
      cost: null,
    });
    expect(() => motionJob({})).toThrow('The server did not answer a motion job id.');
  });

  it('reads an upscale answer without the ids of the generation it was saved to', async () => {
    stubFetch(() => jsonResponse(CLOUD_UPSCALE_ANSWER));
    const answer = await upscaleLcm(client, {
      imageDataUrl: 'data:image/jpeg;base64,/9j/',
      prompt: 'x',
    } as never);
    expect(answer.lcmGenerationJob).toMatchObject({
      imageDataUrl: ['data:image/jpeg;base64,/9j/4AAQ'],
      generationId: [],
      variationId: [],
      generatedImageId: '',
      cost: null,
    });
  });

  it('leaves out texture maps of a type the studio does not know', async () => {
    stubFetch(() => jsonResponse(cloudTexture()));
    const texture = await getTextureGeneration(client, 'id');
    expect(texture.model_asset_texture_images.map((image) => image.type)).toEqual(['ALBEDO']);
    expect(texture.seed).toBeNull();
  });
});

describe('a job the cloud does not show yet', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    focusManager.setFocused(true);
  });

  it('is waited for through `generations_by_pk: null`, then given up with a plain message', async () => {
    const { requests } = stubFetch(() => jsonResponse(CLOUD_NOT_YET_VISIBLE));
    const queryClient = createQueryClient();
    noteJobStarted(queryClient, BASE, 'text-to-image', CLOUD_GENERATION_ID);
    const observer = new QueryObserver(
      queryClient,
      jobQueryOptions(client, 'text-to-image', CLOUD_GENERATION_ID),
    );
    const unsubscribe = observer.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(NOT_YET_VISIBLE_MS / 2);
    expect(observer.getCurrentResult()).toMatchObject({
      isError: false,
      data: { status: 'PENDING', result: null },
    });
    const looksWhileWaiting = requests.length;
    expect(looksWhileWaiting).toBeGreaterThan(3);

    await vi.advanceTimersByTimeAsync(NOT_YET_VISIBLE_MS);
    expect(observer.getCurrentResult().error?.message).toBe(
      'The server still does not show this job 60 s after it was started: it may not have been created. Check History, or start it again.',
    );
    // Given up for good: no more looks.
    const looksAtTheEnd = requests.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(looksAtTheEnd);
    unsubscribe();
    queryClient.clear();
  });
});
