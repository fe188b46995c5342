import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALICE_KEY, jsonResponse, stubFetch } from '../test/fetch-stub.ts';
import { ApiError } from './api-error.ts';
import { createApiClient } from './client.ts';
import {
  createTextureGeneration,
  deleteTextureGeneration,
  getTextureGeneration,
  textureKeys,
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

  it('never polls a model’s list itself: a running job is followed by its own query', () => {
    expect(texturesByModelQueryOptions(client, MODEL)).not.toHaveProperty('refetchInterval');
    expect(textureKeys.byModel(BASE, MODEL).slice(0, 3)).toEqual(textureKeys.byModels(BASE));
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

  it('replaces a generation in place and writes nothing into lists without it', () => {
    const next = withTextureGeneration(list, generation('a', 'COMPLETE'));
    expect(next?.model_asset_texture_generations.map((g) => g.status)).toEqual([
      'COMPLETE',
      'COMPLETE',
    ]);
    // Undefined tells react-query to leave a list that does not hold it alone.
    expect(withTextureGeneration(list, generation('z', 'COMPLETE'))).toBeUndefined();
    expect(withTextureGeneration(undefined, generation('a', 'COMPLETE'))).toBeUndefined();
  });

  it('removes a generation', () => {
    expect(
      withoutTextureGeneration(list, 'a')?.model_asset_texture_generations.map((g) => g.id),
    ).toEqual(['b']);
    expect(withoutTextureGeneration(list, 'z')).toBeUndefined();
  });

  it('reads the cost from either field', () => {
    expect(
      textureJobCost({ id: 'x', apiCreditCost: 20, cost: { amount: '20', unit: 'CREDITS' } }),
    ).toBe('20 CREDITS');
    expect(textureJobCost({ id: 'x', apiCreditCost: 5, cost: null })).toBe('5 CREDITS');
    expect(textureJobCost({ id: 'x', apiCreditCost: null, cost: null })).toBeNull();
  });
});
