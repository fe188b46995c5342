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

/**
 * Fetches an image (the engine serves `/files/*` with CORS) and returns it as a data URL, which the
 * canvas can draw without tainting its bitmaps (a tainted canvas could not be exported). No
 * credentials go with it: image addresses are public, and the API key is never sent to them.
 */
export async function fetchImageAsDataUrl(
  url: string,
  {
    signal,
    fetchImpl = (input, init) => globalThis.fetch(input, init),
  }: {
    signal?: AbortSignal;
    fetchImpl?: (input: string, init: RequestInit) => Promise<Response>;
  } = {},
): Promise<string> {
  if (url.startsWith('data:image/')) return url;
  if (!isOpenableImageUrl(url)) {
    throw new TypeError('Only http(s) and image data URLs can be opened in the canvas.');
  }
  let response: Response;
  try {
    response = await fetchImpl(url, {
      mode: 'cors',
      credentials: 'omit',
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new Error('Could not download the image. Check that the server is running.', { cause });
  }
  if (!response.ok) {
    throw new Error(`Could not download the image: the server answered HTTP ${response.status}.`);
  }
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim();
  if (!type.startsWith('image/')) {
    throw new Error('The address did not lead to an image.');
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  return dataUrl(type, bytes);
}
