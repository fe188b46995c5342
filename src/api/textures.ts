import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type {
  CreateTextureBody,
  CreateTextureResponse,
  DeleteTextureResponse,
  GetTextureResponse,
  ListTexturesResponse,
  TextureGeneration,
} from '../../contract/index.ts';
import { ApiError, INVALID_RESPONSE } from './api-error.ts';
import type { ApiClient } from './client.ts';
import { fieldsOf, numberOrNull, text } from './answer-fields.ts';
import { jobCostLabel, readCost } from './read-generation.ts';
import { readTextureGeneration, readTextureList } from './read-answers.ts';

/** The API allows up to 100 a page; the studio lists one page of a model's newest textures. */
export const TEXTURES_PAGE_SIZE = 100;

/**
 * Hierarchical keys: invalidating `byModels(baseUrl)` reaches every model's list. One texture
 * generation is read as a job (src/api/jobs.ts), whatever its status.
 */
export const textureKeys = {
  all: ['textures'] as const,
  byModels: (baseUrl: string) => ['textures', 'by-model', baseUrl] as const,
  byModel: (baseUrl: string, modelId: string) =>
    ['textures', 'by-model', baseUrl, modelId] as const,
};

export const texturePath = (id: string) => `/generations-texture/${encodeURIComponent(id)}`;

export async function createTextureGeneration(
  client: ApiClient,
  body: CreateTextureBody,
): Promise<CreateTextureResponse> {
  const answer = await client.post<unknown>('/generations-texture', body);
  const job = fieldsOf(fieldsOf(answer).textureGenerationJob);
  const id = text(job.id);
  if (id === '') {
    throw new ApiError({
      status: 200,
      code: INVALID_RESPONSE,
      message: 'The server accepted the texture job but did not say its id.',
      path: '$.textureGenerationJob.id',
      endpoint: 'POST /generations-texture',
    });
  }
  // The SDK types the cost fields optional: missing, they are null.
  return {
    textureGenerationJob: {
      id,
      apiCreditCost: numberOrNull(job.apiCreditCost),
      cost: readCost(job.cost),
    },
  };
}

export async function getTextureGeneration(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<TextureGeneration> {
  const answer = await client.get<Partial<GetTextureResponse> | undefined>(texturePath(id), {
    signal,
  });
  const generation = readTextureGeneration(answer?.model_asset_texture_generations_by_pk);
  if (!generation) {
    throw new ApiError({
      status: 404,
      code: 'not-found',
      message: 'This texture generation no longer exists.',
      path: '$.model_asset_texture_generations_by_pk',
      endpoint: `GET ${texturePath(id)}`,
    });
  }
  return generation;
}

export async function listTextureGenerations(
  client: ApiClient,
  modelId: string,
  signal?: AbortSignal,
): Promise<ListTexturesResponse> {
  const answer = await client.get<unknown>(
    `/generations-texture/model/${encodeURIComponent(modelId)}`,
    { query: { offset: 0, limit: TEXTURES_PAGE_SIZE }, signal },
  );
  return { model_asset_texture_generations: readTextureList(answer) };
}

export function deleteTextureGeneration(
  client: ApiClient,
  id: string,
): Promise<DeleteTextureResponse> {
  return client.delete<DeleteTextureResponse>(texturePath(id));
}

export function texturesByModelQueryOptions(client: ApiClient, modelId: string) {
  return queryOptions({
    queryKey: textureKeys.byModel(client.baseUrl, modelId),
    queryFn: ({ signal }) => listTextureGenerations(client, modelId, signal),
    select: (answer) => answer.model_asset_texture_generations,
  });
}

/**
 * Cache updater: a model's list with one generation replaced by a newer copy of itself, or
 * undefined (no write at all) when the list does not hold it.
 */
export function withTextureGeneration(
  data: ListTexturesResponse | undefined,
  generation: TextureGeneration,
): ListTexturesResponse | undefined {
  if (!data?.model_asset_texture_generations.some((g) => g.id === generation.id)) return undefined;
  return {
    model_asset_texture_generations: data.model_asset_texture_generations.map((g) =>
      g.id === generation.id ? generation : g,
    ),
  };
}

/** Cache updater: a model's list without the given generation (undefined: nothing to change). */
export function withoutTextureGeneration(
  data: ListTexturesResponse | undefined,
  id: string,
): ListTexturesResponse | undefined {
  if (!data?.model_asset_texture_generations.some((g) => g.id === id)) return undefined;
  return {
    model_asset_texture_generations: data.model_asset_texture_generations.filter(
      (g) => g.id !== id,
    ),
  };
}

/** Puts a texture generation's latest state into the cached model lists that hold it, only those. */
export function putTextureInLists(
  queryClient: QueryClient,
  baseUrl: string,
  generation: TextureGeneration,
): void {
  queryClient.setQueriesData<ListTexturesResponse>(
    { queryKey: textureKeys.byModels(baseUrl) },
    (data) => withTextureGeneration(data, generation),
  );
}

/** "20 CREDITS": the cost the create answer reported, in the newer or the older field. */
export function textureJobCost(job: CreateTextureResponse['textureGenerationJob']): string | null {
  return jobCostLabel({ cost: readCost(job.cost), apiCreditCost: numberOrNull(job.apiCreditCost) });
}
