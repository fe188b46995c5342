import { dataUrl } from './base64.ts';

/** Only images the browser may fetch for us: web addresses and data URLs of images. */
export function isOpenableImageUrl(url: string): boolean {
  if (url.startsWith('data:image/')) return true;
  try {
    const { protocol } = new URL(url, window.location.href);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export interface FetchedImage {
  bytes: Uint8Array;
  contentType: string | null;
}

/** The fetch was refused before any answer: CORS, or the host is down. */
export class ImageUnreachable extends Error {
  constructor(cause: unknown) {
    super('The image’s host did not let the studio read it.', { cause });
  }
}

export type FetchImpl = (input: string, init: RequestInit) => Promise<Response>;
const defaultFetch: FetchImpl = (input, init) => globalThis.fetch(input, init);

/** The bytes of an image, without credentials: an image URL needs none, and the key never goes to another host. */
export async function fetchImageBytes(
  url: string,
  { signal, fetchImpl = defaultFetch }: { signal?: AbortSignal; fetchImpl?: FetchImpl } = {},
): Promise<FetchedImage> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      mode: 'cors',
      credentials: 'omit',
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ImageUnreachable(cause);
  }
  if (!response.ok) {
    throw new Error(`Could not download the image: the server answered HTTP ${response.status}.`);
  }
  return {
    bytes: new Uint8Array(await response.arrayBuffer()),
    contentType: response.headers.get('Content-Type'),
  };
}

/**
 * Fetches an image (the engine serves `/files/*` with CORS) and returns it as a data URL, which the
 * canvas can draw without tainting its bitmaps (a tainted canvas could not be exported). No
 * credentials go with it: image addresses are public, and the API key is never sent to them.
 */
export async function fetchImageAsDataUrl(
  url: string,
  { signal, fetchImpl = defaultFetch }: { signal?: AbortSignal; fetchImpl?: FetchImpl } = {},
): Promise<string> {
  if (url.startsWith('data:image/')) return url;
  if (!isOpenableImageUrl(url)) {
    throw new TypeError('Only http(s) and image data URLs can be opened in the canvas.');
  }
  let image: FetchedImage;
  try {
    image = await fetchImageBytes(url, { ...(signal ? { signal } : {}), fetchImpl });
  } catch (error) {
    if (!(error instanceof ImageUnreachable)) throw error;
    throw new Error('Could not download the image. Check that the server is running.', {
      cause: error.cause,
    });
  }
  const type = (image.contentType ?? '').split(';')[0]!.trim();
  if (!type.startsWith('image/')) {
    throw new Error('The address did not lead to an image.');
  }
  return dataUrl(type, image.bytes);
}
