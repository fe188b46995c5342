import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type {
  CreateTextureBody,
  CreateTextureResponse,
  DeleteTextureResponse,
  GetTextureResponse,
  JobStatus,
  ListTexturesResponse,
  TextureGeneration,
} from '../../contract/index.ts';
import { ApiError } from './api-error.ts';
import type { ApiClient } from './client.ts';
import { isRetryable } from './query-client.ts';

/** The API allows up to 100 a page; the studio lists one page of a model's newest textures. */
export const TEXTURES_PAGE_SIZE = 100;

/** Hierarchical keys: invalidating `byModels(baseUrl)` reaches every model's list. */
export const textureKeys = {
  all: ['textures'] as const,
  byModels: (baseUrl: string) => ['textures', 'by-model', baseUrl] as const,
  byModel: (baseUrl: string, modelId: string) =>
    ['textures', 'by-model', baseUrl, modelId] as const,
  details: (baseUrl: string) => ['textures', 'detail', baseUrl] as const,
  detail: (baseUrl: string, id: string) => ['textures', 'detail', baseUrl, id] as const,
};

export const texturePath = (id: string) => `/generations-texture/${encodeURIComponent(id)}`;

export function createTextureGeneration(
  client: ApiClient,
  body: CreateTextureBody,
): Promise<CreateTextureResponse> {
  return client.post<CreateTextureResponse>('/generations-texture', body);
}

export async function getTextureGeneration(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<TextureGeneration> {
  const answer = await client.get<GetTextureResponse>(texturePath(id), { signal });
  if (!answer.model_asset_texture_generations_by_pk) {
    throw new ApiError({
      status: 404,
      code: 'not-found',
      message: 'This texture generation no longer exists.',
      path: '$.model_asset_texture_generations_by_pk',
      endpoint: `GET ${texturePath(id)}`,
    });
  }
  return answer.model_asset_texture_generations_by_pk;
}

export function listTextureGenerations(
  client: ApiClient,
  modelId: string,
  signal?: AbortSignal,
): Promise<ListTexturesResponse> {
  return client.get<ListTexturesResponse>(
    `/generations-texture/model/${encodeURIComponent(modelId)}`,
    { query: { offset: 0, limit: TEXTURES_PAGE_SIZE }, signal },
  );
}

export function deleteTextureGeneration(
  client: ApiClient,
  id: string,
): Promise<DeleteTextureResponse> {
  return client.delete<DeleteTextureResponse>(texturePath(id));
}

export const POLL_FIRST_DELAY_MS = 1_000;
export const POLL_MAX_DELAY_MS = 5_000;
const POLL_GROWTH = 1.5;

/**
 * How long to wait before the next look at a running job, after `polls` answers so far:
 * 1 s, 1.5 s, 2.25 s, 3.4 s, then every 5 s. Quick jobs are seen finishing quickly; long ones cost
 * at most 12 requests a minute, well inside the 100-a-minute texture limit.
 */
export function texturePollDelay(polls: number): number {
  const delay = POLL_FIRST_DELAY_MS * POLL_GROWTH ** Math.max(0, polls - 1);
  return Math.min(Math.round(delay), POLL_MAX_DELAY_MS);
}

export function isSettled(status: JobStatus): boolean {
  return status === 'COMPLETE' || status === 'FAILED';
}

export interface PollState {
  /** The job's status in the last answer, if there was one. */
  status: JobStatus | undefined;
  /** Answers received so far. */
  polls: number;
  /** The last failure, once react-query has given up retrying it. */
  error: unknown;
}

/** Milliseconds until the next poll, or false to stop: the job settled or cannot be read. */
export function nextTexturePoll({ status, polls, error }: PollState): number | false {
  if (status !== undefined && isSettled(status)) return false;
  // A 404 or 401 will answer the same next time; a 5xx, 429 or dropped connection may not.
  if (error && !isRetryable(error)) return false;
  return texturePollDelay(polls);
}

/**
 * One texture generation, polled while it is PENDING and never again once settled. Whatever
 * shows a texture job (the view, the jobs tray) uses this, so they share one poll.
 */
export function textureGenerationQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: textureKeys.detail(client.baseUrl, id),
    queryFn: ({ signal }) => getTextureGeneration(client, id, signal),
    staleTime: (query) => (query.state.data && isSettled(query.state.data.status) ? Infinity : 0),
    refetchInterval: (query) =>
      nextTexturePoll({
        status: query.state.data?.status,
        polls: query.state.dataUpdateCount,
        error: query.state.error,
      }),
  });
}

/** How often a model's list is re-read while it shows a running job nobody has opened. */
export const LIST_POLL_MS = POLL_MAX_DELAY_MS;

export function texturesByModelQueryOptions(client: ApiClient, modelId: string) {
  return queryOptions({
    queryKey: textureKeys.byModel(client.baseUrl, modelId),
    queryFn: ({ signal }) => listTextureGenerations(client, modelId, signal),
    select: (answer) => answer.model_asset_texture_generations,
    refetchInterval: (query) =>
      query.state.data?.model_asset_texture_generations.some((g) => g.status === 'PENDING')
        ? LIST_POLL_MS
        : false,
  });
}

/** Cache updater: a model's list with one generation replaced by a newer copy of itself. */
export function withTextureGeneration(
  data: ListTexturesResponse | undefined,
  generation: TextureGeneration,
): ListTexturesResponse | undefined {
  if (!data?.model_asset_texture_generations.some((g) => g.id === generation.id)) return data;
  return {
    model_asset_texture_generations: data.model_asset_texture_generations.map((g) =>
      g.id === generation.id ? generation : g,
    ),
  };
}

/** Cache updater: a model's list without the given generation. */
export function withoutTextureGeneration(
  data: ListTexturesResponse | undefined,
  id: string,
): ListTexturesResponse | undefined {
  if (!data?.model_asset_texture_generations.some((g) => g.id === id)) return data;
  return {
    model_asset_texture_generations: data.model_asset_texture_generations.filter(
      (g) => g.id !== id,
    ),
  };
}

/** Puts a generation's latest state (a finished job) into every cached list that shows it. */
export function storeTextureGeneration(
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
  if (job.cost) return `${job.cost.amount} ${job.cost.unit}`;
  return job.apiCreditCost === null ? null : `${job.apiCreditCost} CREDITS`;
}
