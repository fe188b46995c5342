import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALICE_KEY, jsonResponse, stubFetch } from '../test/fetch-stub.ts';
import { ApiError } from './api-error.ts';
import { createApiClient } from './client.ts';
import {
  POLL_MAX_DELAY_MS,
  createTextureGeneration,
  deleteTextureGeneration,
  getTextureGeneration,
  nextTexturePoll,
  textureGenerationQueryOptions,
  textureKeys,
  texturePollDelay,
  textureJobCost,
  texturesByModelQueryOptions,
  withTextureGeneration,
  withoutTextureGeneration,
} from './textures.ts';
import type { TextureGeneration } from '../../contract/index.ts';

const BASE = 'http://127.0.0.1:8787/api/rest/v1';
const client = createApiClient({ baseUrl: BASE, getKey: () => ALICE_KEY });
const ID = '0b7b2f5e-9d5c-4c55-8f3e-3f2f0f7a0a01';
const MODEL = '6a3f1c2e-1b2d-4e5f-8a9b-0c1d2e3f4a5b';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('texture fetchers', () => {
  it('creates a texture generation with the body as given', async () => {
    const { requests } = stubFetch(() =>
      jsonResponse({ textureGenerationJob: { id: ID, apiCreditCost: 20, cost: null } }),
    );
    const answer = await createTextureGeneration(client, {
      modelAssetId: MODEL,
      prompt: 'rusty metal',
      sd_version: 'v2',
    });
    expect(answer.textureGenerationJob.id).toBe(ID);
    expect(requests[0]?.url).toBe(`${BASE}/generations-texture`);
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({
      modelAssetId: MODEL,
      prompt: 'rusty metal',
      sd_version: 'v2',
    });
  });

  it('reads one generation and turns a null answer into a 404', async () => {
    stubFetch(() => jsonResponse({ model_asset_texture_generations_by_pk: null }));
    const error = await getTextureGeneration(client, ID).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'not-found' });
  });

  it('lists by model with a page size and deletes by id', async () => {
    const { requests } = stubFetch(() => jsonResponse({ model_asset_texture_generations: [] }));
    const options = texturesByModelQueryOptions(client, MODEL);
    expect(options.queryKey).toEqual(['textures', 'by-model', BASE, MODEL]);
    await options.queryFn!({ signal: new AbortController().signal } as never);
    expect(requests[0]?.url).toBe(`${BASE}/generations-texture/model/${MODEL}?offset=0&limit=100`);
    await deleteTextureGeneration(client, ID);
    expect(requests[1]).toMatchObject({
      method: 'DELETE',
      url: `${BASE}/generations-texture/${ID}`,
    });
  });

  it('re-reads a model’s list every 5 s only while it shows a running job', () => {
    const options = texturesByModelQueryOptions(client, MODEL);
    const interval = options.refetchInterval as (query: unknown) => number | false;
    const withStatus = (status: string) => ({
      state: { data: { model_asset_texture_generations: [{ status }] } },
    });
    expect(interval(withStatus('PENDING'))).toBe(5000);
    expect(interval(withStatus('COMPLETE'))).toBe(false);
    expect(interval({ state: { data: undefined } })).toBe(false);
  });

  it('keys details under the server so lists and details invalidate apart', () => {
    expect(textureGenerationQueryOptions(client, ID).queryKey).toEqual(
      textureKeys.detail(BASE, ID),
    );
    expect(textureKeys.detail(BASE, ID).slice(0, 3)).toEqual(textureKeys.details(BASE));
    expect(textureKeys.byModel(BASE, MODEL).slice(0, 3)).toEqual(textureKeys.byModels(BASE));
  });
});

describe('polling schedule', () => {
  it('starts at one second and backs off to five', () => {
    const delays = Array.from({ length: 8 }, (_, i) => texturePollDelay(i));
    expect(delays).toEqual([1000, 1000, 1500, 2250, 3375, 5000, 5000, 5000]);
    expect(Math.max(...delays)).toBe(POLL_MAX_DELAY_MS);
  });

  it('stops once the job settles', () => {
    expect(nextTexturePoll({ status: 'PENDING', polls: 3, error: null })).toBe(2250);
    expect(nextTexturePoll({ status: 'COMPLETE', polls: 3, error: null })).toBe(false);
    expect(nextTexturePoll({ status: 'FAILED', polls: 3, error: null })).toBe(false);
    expect(nextTexturePoll({ status: undefined, polls: 0, error: null })).toBe(1000);
  });

  it('keeps polling through failures worth retrying, and stops on ones that are not', () => {
    const fail = (status: number) => new ApiError({ status, code: 'x', message: 'x', path: '$' });
    expect(nextTexturePoll({ status: 'PENDING', polls: 9, error: fail(503) })).toBe(5000);
    expect(nextTexturePoll({ status: 'PENDING', polls: 9, error: fail(0) })).toBe(5000);
    expect(nextTexturePoll({ status: undefined, polls: 0, error: fail(404) })).toBe(false);
    expect(nextTexturePoll({ status: 'PENDING', polls: 2, error: fail(401) })).toBe(false);
  });
});

describe('cache updaters', () => {
  const generation = (id: string, status: TextureGeneration['status']): TextureGeneration => ({
    id,
    createdAt: '2025-01-01T00:00:00Z',
    prompt: 'p',
    negativePrompt: null,
    seed: 1,
    status,
    model_asset_texture_images: [],
  });
  const list = {
    model_asset_texture_generations: [generation('a', 'PENDING'), generation('b', 'COMPLETE')],
  };

  it('replaces a generation in place and leaves other lists as they were', () => {
    const next = withTextureGeneration(list, generation('a', 'COMPLETE'));
    expect(next?.model_asset_texture_generations.map((g) => g.status)).toEqual([
      'COMPLETE',
      'COMPLETE',
    ]);
    expect(withTextureGeneration(list, generation('z', 'COMPLETE'))).toBe(list);
    expect(withTextureGeneration(undefined, generation('a', 'COMPLETE'))).toBeUndefined();
  });

  it('removes a generation', () => {
    expect(
      withoutTextureGeneration(list, 'a')?.model_asset_texture_generations.map((g) => g.id),
    ).toEqual(['b']);
    expect(withoutTextureGeneration(list, 'z')).toBe(list);
  });

  it('reads the cost from either field', () => {
    expect(
      textureJobCost({ id: 'x', apiCreditCost: 20, cost: { amount: '20', unit: 'CREDITS' } }),
    ).toBe('20 CREDITS');
    expect(textureJobCost({ id: 'x', apiCreditCost: 5, cost: null })).toBe('5 CREDITS');
    expect(textureJobCost({ id: 'x', apiCreditCost: null, cost: null })).toBeNull();
  });
});
