import type {
  LcmBody,
  LcmInpaintingBody,
  LcmResponse,
  LcmUpscaleBody,
  LcmUpscaleResponse,
} from '../../contract/index.ts';
import { ApiError, INVALID_RESPONSE } from './api-error.ts';
import type { ApiClient } from './client.ts';
import { readUpscale } from './read-answers.ts';

/** The realtime canvas endpoints: synchronous, each answers JPEG data URLs. */
export const LCM_PATHS = {
  generate: '/generations-lcm',
  inpaint: '/lcm-inpainting',
  refine: '/lcm-instant-refine',
  upscale: '/lcm-upscale',
} as const;

export function generateLcm(
  client: ApiClient,
  body: LcmBody,
  signal?: AbortSignal,
): Promise<LcmResponse> {
  return client.post<LcmResponse>(LCM_PATHS.generate, body, { signal });
}

export function inpaintLcm(
  client: ApiClient,
  body: LcmInpaintingBody,
  signal?: AbortSignal,
): Promise<LcmResponse> {
  return client.post<LcmResponse>(LCM_PATHS.inpaint, body, { signal });
}

export function refineLcm(
  client: ApiClient,
  body: LcmBody,
  signal?: AbortSignal,
): Promise<LcmResponse> {
  return client.post<LcmResponse>(LCM_PATHS.refine, body, { signal });
}

/** The upscaled image is also saved to the user's history (its ids come back in the answer). */
export async function upscaleLcm(
  client: ApiClient,
  body: LcmUpscaleBody,
  signal?: AbortSignal,
): Promise<LcmUpscaleResponse> {
  return readUpscale(await client.post<unknown>(LCM_PATHS.upscale, body, { signal }));
}

/**
 * The one image of an LCM answer. A 200 without an image data URL is the server's fault and is
 * reported like any other API error rather than as a broken picture.
 */
export function firstLcmImage(
  answer: { lcmGenerationJob?: { imageDataUrl?: readonly string[] } } | undefined,
  path: string,
): string {
  const image = answer?.lcmGenerationJob?.imageDataUrl?.[0];
  if (typeof image !== 'string' || !image.startsWith('data:image/')) {
    throw new ApiError({
      status: 200,
      code: INVALID_RESPONSE,
      message: 'The server answered without an image.',
      path: '$.lcmGenerationJob.imageDataUrl',
      endpoint: `POST ${path}`,
    });
  }
  return image;
}
