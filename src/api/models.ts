import { queryOptions } from '@tanstack/react-query';
import type { PlatformModel, PlatformModelsResponse } from '../../contract/index.ts';
import type { ApiClient } from './client.ts';

export const modelKeys = {
  all: ['models'] as const,
  platform: (baseUrl: string) => ['models', 'platform', baseUrl] as const,
};

export function getPlatformModels(
  client: ApiClient,
  signal?: AbortSignal,
): Promise<PlatformModelsResponse> {
  return client.get<PlatformModelsResponse>('/platformModels', { signal });
}

export function platformModelsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: modelKeys.platform(client.baseUrl),
    queryFn: ({ signal }) => getPlatformModels(client, signal),
    // The catalogue changes with server releases, not while the studio is open.
    staleTime: 60 * 60_000,
    select: (answer) => answer.custom_models,
  });
}

/** A model's name for display; an id the catalogue does not list is shown as it is. */
export function modelName(models: readonly PlatformModel[] | undefined, id: string | null): string {
  if (id === null) return 'None (chosen by the server)';
  return models?.find((model) => model.id === id)?.name ?? id;
}
