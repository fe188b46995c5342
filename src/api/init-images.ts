import { queryOptions } from '@tanstack/react-query';
import type { InitImageUploadBody } from '../../contract/index.ts';
import { INIT_IMAGE_EXTENSIONS } from '../../contract/limits.ts';
import { fieldsOf, text } from './answer-fields.ts';
import { ApiError, INVALID_RESPONSE } from './api-error.ts';
import type { ApiClient } from './client.ts';
import { presignedUpload, type UploadProgress } from './presigned-upload.ts';

export type InitImageExtension = InitImageUploadBody['extension'];

export const initImageKeys = {
  all: ['init-images'] as const,
  detail: (baseUrl: string, id: string) => ['init-images', baseUrl, id] as const,
};

const initImagePath = (id: string) => `/init-image/${encodeURIComponent(id)}`;

/** The extension POST /init-image wants for a file, from its type first, then its name. */
export function initImageExtension(file: {
  type: string;
  name?: string;
}): InitImageExtension | null {
  const fromType = /^image\/(png|jpeg|jpg|webp)$/.exec(file.type)?.[1];
  if (fromType) return fromType === 'jpeg' ? 'jpg' : (fromType as InitImageExtension);
  const fromName = /\.([a-z]+)$/i.exec(file.name ?? '')?.[1]?.toLowerCase();
  return INIT_IMAGE_EXTENSIONS.find((extension) => extension === fromName) ?? null;
}

export interface UploadInitImageInit {
  file: Blob;
  fileName: string;
  extension: InitImageExtension;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal | undefined;
}

function missing(path: string, endpoint: string): ApiError {
  return new ApiError({
    status: 200,
    code: INVALID_RESPONSE,
    message: 'The server answered the init image upload without its form.',
    path,
    endpoint,
  });
}

/**
 * Leonardo's init-image flow: POST /init-image asks for a presigned form (SDK
 * `UploadInitImageUploadInitImage`: `id`, `url`, `fields` as a JSON string), the file goes to it
 * as multipart, and the id is then what `init_image_id` names. Answers that id.
 */
export async function uploadInitImage(
  client: ApiClient,
  init: UploadInitImageInit,
): Promise<string> {
  const endpoint = 'POST /init-image';
  const answer = await client.post<unknown>('/init-image', { extension: init.extension });
  const form = fieldsOf(fieldsOf(answer).uploadInitImage);
  const id = text(form.id);
  const url = text(form.url);
  if (id === '') throw missing('$.uploadInitImage.id', endpoint);
  if (url === '') throw missing('$.uploadInitImage.url', endpoint);
  await presignedUpload({
    url,
    fields: text(form.fields, '{}'),
    file: init.file,
    fileName: init.fileName,
    ...(init.onProgress ? { onProgress: init.onProgress } : {}),
    signal: init.signal,
  });
  return id;
}

/** GET /init-image/{id}: where the uploaded image can be seen, or null if the server does not say. */
export async function getInitImageUrl(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<string | null> {
  const answer = await client.get<unknown>(initImagePath(id), { signal });
  const url = text(fieldsOf(fieldsOf(answer).init_images_by_pk).url);
  return url === '' ? null : url;
}

export function initImageQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: initImageKeys.detail(client.baseUrl, id),
    queryFn: ({ signal }) => getInitImageUrl(client, id, signal),
    // An uploaded image never changes; presigned reads may expire, so not forever.
    staleTime: 10 * 60_000,
  });
}
