import {
  infiniteQueryOptions,
  queryOptions,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import type {
  CreateGenerationBody,
  CreateGenerationResponse,
  DeleteGenerationResponse,
  Generation,
  GetGenerationResponse,
  ListGenerationsResponse,
} from '../../contract/index.ts';
import { ApiError, INVALID_RESPONSE } from './api-error.ts';
import type { ApiClient } from './client.ts';
import { readGeneration, readGenerationList, readJobTicket } from './read-generation.ts';

/** History is read in pages of this many generations (the API allows up to 100). */
export const HISTORY_PAGE_SIZE = 50;

/** Hierarchical keys: invalidating `all` or `lists(baseUrl)` reaches everything below it. */
export const generationKeys = {
  all: ['generations'] as const,
  lists: (baseUrl: string) => ['generations', 'list', baseUrl] as const,
  list: (baseUrl: string, userId: string) => ['generations', 'list', baseUrl, userId] as const,
  details: (baseUrl: string) => ['generations', 'detail', baseUrl] as const,
  detail: (baseUrl: string, id: string) => ['generations', 'detail', baseUrl, id] as const,
};

// Page params are offsets; react-query types them `unknown` in what it hands back.
export type GenerationPages = InfiniteData<ListGenerationsResponse, unknown>;

export async function createGeneration(
  client: ApiClient,
  body: CreateGenerationBody,
): Promise<CreateGenerationResponse> {
  const answer = await client.post<unknown>('/generations', body);
  const job = readJobTicket((answer as { sdGenerationJob?: unknown } | undefined)?.sdGenerationJob);
  if (!job) {
    // Paid for, perhaps, but not followable: say so rather than track a job with no id.
    throw new ApiError({
      status: 200,
      code: INVALID_RESPONSE,
      message: 'The server accepted the generation but did not say its id.',
      path: '$.sdGenerationJob.generationId',
      endpoint: 'POST /generations',
    });
  }
  return { sdGenerationJob: job };
}

/** The path of one generation, shared by the fetcher and "Copy as cURL". */
export const generationPath = (id: string) => `/generations/${encodeURIComponent(id)}`;

export async function getGeneration(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<Generation> {
  const answer = await client.get<Partial<GetGenerationResponse> | undefined>(generationPath(id), {
    signal,
  });
  // The cloud answers `generations_by_pk: null` for a moment after creating one (see jobs.ts).
  const generation = readGeneration(answer?.generations_by_pk);
  if (!generation) {
    throw new ApiError({
      status: 404,
      code: 'not-found',
      message: 'This generation no longer exists.',
      path: '$.generations_by_pk',
      endpoint: `GET ${generationPath(id)}`,
    });
  }
  return generation;
}

export async function listGenerations(
  client: ApiClient,
  userId: string,
  page: { offset: number; limit: number },
  signal?: AbortSignal,
): Promise<ListGenerationsResponse> {
  const answer = await client.get<unknown>(`/generations/user/${encodeURIComponent(userId)}`, {
    query: page,
    signal,
  });
  return { generations: readGenerationList(answer) };
}

export function deleteGeneration(client: ApiClient, id: string): Promise<DeleteGenerationResponse> {
  return client.delete<DeleteGenerationResponse>(generationPath(id));
}

export function generationQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: generationKeys.detail(client.baseUrl, id),
    queryFn: ({ signal }) => getGeneration(client, id, signal),
  });
}

/** Offset pagination, newest first; a short page means there is nothing after it. */
export function nextHistoryOffset(
  lastPage: ListGenerationsResponse,
  lastOffset: number,
  pageSize = HISTORY_PAGE_SIZE,
): number | undefined {
  return lastPage.generations.length < pageSize ? undefined : lastOffset + pageSize;
}

export function historyQueryOptions(client: ApiClient, userId: string) {
  return infiniteQueryOptions({
    queryKey: generationKeys.list(client.baseUrl, userId),
    queryFn: ({ pageParam, signal }) =>
      listGenerations(client, userId, { offset: pageParam, limit: HISTORY_PAGE_SIZE }, signal),
    initialPageParam: 0,
    getNextPageParam: (lastPage, _pages, lastOffset) => nextHistoryOffset(lastPage, lastOffset),
  });
}

/**
 * The loaded generations in order. Offsets shift when a generation is created or deleted between
 * two page loads, so the same generation can arrive twice: the first copy wins.
 */
export function flattenHistory(data: GenerationPages | undefined): Generation[] {
  if (!data) return [];
  const seen = new Set<string>();
  const items: Generation[] = [];
  for (const page of data.pages) {
    for (const generation of page.generations) {
      if (seen.has(generation.id)) continue;
      seen.add(generation.id);
      items.push(generation);
    }
  }
  return items;
}

/** Cache updater: the same pages without the given generations. */
export function withoutGenerations(
  data: GenerationPages | undefined,
  ids: ReadonlySet<string>,
): GenerationPages | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) =>
      page.generations.some((g) => ids.has(g.id))
        ? { ...page, generations: page.generations.filter((g) => !ids.has(g.id)) }
        : page,
    ),
  };
}

/**
 * Cache updater: the pages with one generation replaced by a newer copy of itself, or undefined
 * when no page holds it: react-query then leaves that list untouched (an update, even to the same
 * data, would mark it fresh and cancel an invalidation waiting for it).
 */
export function withGeneration(
  data: GenerationPages | undefined,
  generation: Generation,
): GenerationPages | undefined {
  if (!data?.pages.some((page) => page.generations.some((g) => g.id === generation.id))) {
    return undefined;
  }
  return {
    ...data,
    pages: data.pages.map((page) =>
      page.generations.some((g) => g.id === generation.id)
        ? {
            ...page,
            generations: page.generations.map((g) => (g.id === generation.id ? generation : g)),
          }
        : page,
    ),
  };
}

/** Puts a generation's latest state into the cached history lists that hold it, and only those. */
export function putGenerationInLists(
  queryClient: QueryClient,
  baseUrl: string,
  generation: Generation,
): void {
  queryClient.setQueriesData<GenerationPages>({ queryKey: generationKeys.lists(baseUrl) }, (data) =>
    withGeneration(data, generation),
  );
}
