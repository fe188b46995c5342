import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generationFixture } from '../test/generation-fixture.ts';
import { ALICE_KEY, jsonResponse, stubFetch } from '../test/fetch-stub.ts';
import { createApiClient } from './client.ts';
import {
  deleteGeneration,
  flattenHistory,
  generationKeys,
  generationQueryOptions,
  getGeneration,
  historyQueryOptions,
  listGenerations,
  nextHistoryOffset,
  putGenerationInLists,
  withGeneration,
  withoutGenerations,
  type GenerationPages,
} from './generations.ts';
import { modelName, platformModelsQueryOptions } from './models.ts';

const BASE = 'http://127.0.0.1:8787/api/rest/v1';
const client = createApiClient({ baseUrl: BASE, getKey: () => ALICE_KEY });

afterEach(() => vi.unstubAllGlobals());

const pages = (...lists: ReturnType<typeof generationFixture>[][]): GenerationPages => ({
  pages: lists.map((generations) => ({ generations })),
  pageParams: lists.map((_, i) => i * 50),
});

describe('generation fetchers', () => {
  it('reads, lists and deletes through the documented paths', async () => {
    const generation = generationFixture();
    const { requests } = stubFetch((request) => {
      if (request.method === 'DELETE')
        return jsonResponse({ delete_generations_by_pk: { id: 'x' } });
      if (request.url.includes('/user/')) return jsonResponse({ generations: [generation] });
      return jsonResponse({ generations_by_pk: generation });
    });
    await expect(getGeneration(client, generation.id)).resolves.toEqual(generation);
    await listGenerations(client, 'u-1', { offset: 50, limit: 50 });
    await deleteGeneration(client, generation.id);
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET ${BASE}/generations/${generation.id}`,
      `GET ${BASE}/generations/user/u-1?offset=50&limit=50`,
      `DELETE ${BASE}/generations/${generation.id}`,
    ]);
  });

  it('turns a null generations_by_pk into a 404 ApiError', async () => {
    stubFetch(() => jsonResponse({ generations_by_pk: null }));
    await expect(getGeneration(client, 'gone')).rejects.toMatchObject({ status: 404 });
  });
});

describe('query options', () => {
  it('use hierarchical keys under the server', () => {
    expect(historyQueryOptions(client, 'u-1').queryKey).toEqual([
      'generations',
      'list',
      BASE,
      'u-1',
    ]);
    expect(generationQueryOptions(client, 'g-1').queryKey).toEqual([
      'generations',
      'detail',
      BASE,
      'g-1',
    ]);
    expect(generationKeys.lists(BASE)).toEqual(['generations', 'list', BASE]);
    expect(platformModelsQueryOptions(client).queryKey).toEqual(['models', 'platform', BASE]);
  });

  it('pages by offset until a short page', () => {
    const full = { generations: Array.from({ length: 50 }, () => generationFixture()) };
    expect(nextHistoryOffset(full, 100)).toBe(150);
    expect(nextHistoryOffset({ generations: full.generations.slice(1) }, 100)).toBeUndefined();
  });
});

describe('cache helpers', () => {
  const [a, b, c] = [generationFixture(), generationFixture(), generationFixture()];

  it('flatten pages, keeping the first copy of a generation seen twice', () => {
    expect(flattenHistory(pages([a!, b!], [b!, c!]))).toEqual([a, b, c]);
    expect(flattenHistory(undefined)).toEqual([]);
  });

  it('remove and replace generations without touching other pages', () => {
    const data = pages([a!, b!], [c!]);
    const without = withoutGenerations(data, new Set([b!.id]))!;
    expect(flattenHistory(without)).toEqual([a, c]);
    expect(without.pages[1]).toBe(data.pages[1]);
    const done = { ...c!, status: 'FAILED' as const };
    expect(flattenHistory(withGeneration(data, done))[2]).toBe(done);
  });

  it('write a generation only into lists that hold it, so other lists keep their invalidation', async () => {
    const queryClient = new QueryClient();
    const holding = [...generationKeys.lists(BASE), 'u-1'];
    const other = [...generationKeys.lists(BASE), 'u-2'];
    queryClient.setQueryData(holding, pages([a!]));
    queryClient.setQueryData(other, pages([b!]));
    await queryClient.invalidateQueries({ queryKey: generationKeys.lists(BASE) });
    const done = { ...a!, status: 'FAILED' as const };
    putGenerationInLists(queryClient, BASE, done);
    expect(flattenHistory(queryClient.getQueryData(holding))).toEqual([done]);
    expect(queryClient.getQueryState(other)?.isInvalidated).toBe(true);
    expect(withGeneration(pages([b!]), done)).toBeUndefined();
  });
});

describe('modelName', () => {
  it('names known models and shows unknown ids as they are', () => {
    const models = [
      {
        id: 'm1',
        name: 'Kino XL',
        description: '',
        featured: true,
        nsfw: false,
        generated_image: null,
      },
    ];
    expect(modelName(models, 'm1')).toBe('Kino XL');
    expect(modelName(models, 'other')).toBe('other');
    expect(modelName(models, null)).toMatch(/None/);
  });
});
