import { queryOptions } from '@tanstack/react-query';
import type { PlatformModel, PlatformModelsResponse } from '../../contract/index.ts';
import { fieldsOf, flag, listOf, text } from './answer-fields.ts';
import type { ApiClient } from './client.ts';

export const modelKeys = {
  all: ['models'] as const,
  platform: (baseUrl: string) => ['models', 'platform', baseUrl] as const,
};

/** The SDK (`ListPlatformModelsCustomModels`) types every field optional; nameless models get their id. */
function readPlatformModel(raw: unknown): PlatformModel | null {
  const fields = fieldsOf(raw);
  const id = text(fields.id);
  if (id === '') return null;
  const image = fieldsOf(fields.generated_image);
  return {
    id,
    name: text(fields.name) || id,
    description: text(fields.description),
    featured: flag(fields.featured),
    nsfw: flag(fields.nsfw),
    generated_image:
      text(image.id) && text(image.url) ? { id: text(image.id), url: text(image.url) } : null,
  };
}

export async function getPlatformModels(
  client: ApiClient,
  signal?: AbortSignal,
): Promise<PlatformModelsResponse> {
  const answer = await client.get<unknown>('/platformModels', { signal });
  return {
    custom_models: listOf(fieldsOf(answer).custom_models)
      .map(readPlatformModel)
      .filter((model) => model !== null),
  };
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
