import { queryOptions } from '@tanstack/react-query';
import type {
  DeleteModelResponse,
  GetModelResponse,
  ListModelsResponse,
  ModelAsset,
  ModelUploadBody,
  ModelUploadResponse,
} from '../../contract/index.ts';
import { ApiError, apiErrorFromResponse, networkError } from './api-error.ts';
import type { ApiClient } from './client.ts';
import { presignedUpload, type UploadProgress } from './presigned-upload.ts';

/** The API allows up to 100 a page; the studio lists one page of the newest models. */
export const MODELS_PAGE_SIZE = 100;

/** Hierarchical keys: invalidating `lists(baseUrl)` reaches every user's list on that server. */
export const models3dKeys = {
  all: ['models-3d'] as const,
  lists: (baseUrl: string) => ['models-3d', 'list', baseUrl] as const,
  list: (baseUrl: string, userId: string) => ['models-3d', 'list', baseUrl, userId] as const,
  details: (baseUrl: string) => ['models-3d', 'detail', baseUrl] as const,
  detail: (baseUrl: string, id: string) => ['models-3d', 'detail', baseUrl, id] as const,
  /** The OBJ text itself: a stored file URL, which never changes once uploaded. */
  mesh: (meshUrl: string) => ['models-3d', 'mesh', meshUrl] as const,
};

const modelPath = (id: string) => `/models-3d/${encodeURIComponent(id)}`;

export type ModelUploadForm = ModelUploadResponse['uploadModelAsset'];

export async function requestModelUpload(
  client: ApiClient,
  body: ModelUploadBody,
): Promise<ModelUploadForm> {
  const answer = await client.post<ModelUploadResponse>('/models-3d/upload', body);
  return answer.uploadModelAsset;
}

export function listModels(
  client: ApiClient,
  userId: string,
  signal?: AbortSignal,
): Promise<ListModelsResponse> {
  return client.get<ListModelsResponse>(`/models-3d/user/${encodeURIComponent(userId)}`, {
    query: { offset: 0, limit: MODELS_PAGE_SIZE },
    signal,
  });
}

export async function getModel(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<ModelAsset> {
  const answer = await client.get<GetModelResponse>(modelPath(id), { signal });
  if (!answer.model_assets_by_pk) {
    throw new ApiError({
      status: 404,
      code: 'not-found',
      message: 'This model no longer exists.',
      path: '$.model_assets_by_pk',
      endpoint: `GET ${modelPath(id)}`,
    });
  }
  return answer.model_assets_by_pk;
}

export function deleteModel(client: ApiClient, id: string): Promise<DeleteModelResponse> {
  return client.delete<DeleteModelResponse>(modelPath(id));
}

export interface UploadModelInit {
  file: Blob;
  fileName: string;
  name: string | null;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal | undefined;
}

/** Asks for a presigned form, then sends the file to it. Answers the new model's id. */
export async function uploadModel(client: ApiClient, init: UploadModelInit): Promise<string> {
  const form = await requestModelUpload(client, { modelExtension: 'obj', name: init.name });
  await presignedUpload({
    url: form.modelUrl,
    fields: form.modelFields,
    file: init.file,
    fileName: init.fileName,
    ...(init.onProgress ? { onProgress: init.onProgress } : {}),
    signal: init.signal,
  });
  return form.modelId;
}

/**
 * The OBJ file behind `meshUrl`. Stored files are public URLs (on Leonardo, a CDN): no key is
 * sent, and no cookies either.
 */
export async function fetchMeshText(meshUrl: string, signal?: AbortSignal): Promise<string> {
  const endpoint = 'GET model file';
  let response: Response;
  try {
    response = await globalThis.fetch(meshUrl, {
      credentials: 'omit',
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw networkError(endpoint, cause);
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    throw apiErrorFromResponse({
      status: response.status,
      statusText: response.statusText,
      retryAfter: response.headers.get('Retry-After'),
      bodyText: text,
      endpoint,
    });
  }
  return text;
}

export function modelsQueryOptions(client: ApiClient, userId: string) {
  return queryOptions({
    queryKey: models3dKeys.list(client.baseUrl, userId),
    queryFn: ({ signal }) => listModels(client, userId, signal),
    select: (answer) => answer.model_assets,
  });
}

export function modelQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: models3dKeys.detail(client.baseUrl, id),
    queryFn: ({ signal }) => getModel(client, id, signal),
  });
}

export function meshQueryOptions(meshUrl: string) {
  return queryOptions({
    queryKey: models3dKeys.mesh(meshUrl),
    queryFn: ({ signal }) => fetchMeshText(meshUrl, signal),
    // An uploaded file never changes; a new upload is a new model with a new URL.
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  });
}
