import { dataUrl } from './base64.ts';
import { navigate } from './router.ts';

/**
 * "Open in canvas": History (another feature) asks the canvas to start from one of its images.
 * Features do not import each other, so the request waits in this tab's sessionStorage (it
 * survives the navigation and a reload, and never outlives the tab) until the canvas takes it.
 */
export const CANVAS_HANDOFF_KEY = 'leonardo-studio.open-in-canvas';
export const CANVAS_PATH = '/canvas';

export interface OpenInCanvasRequest {
  imageUrl: string;
  requestedAt: number;
}

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

/** Leaves the image for the canvas and goes there. */
export function requestOpenInCanvas(
  imageUrl: string,
  {
    storage = sessionStorage,
    go = navigate,
  }: { storage?: Storage; go?: (path: string) => void } = {},
): void {
  if (!isOpenableImageUrl(imageUrl)) {
    throw new TypeError('Only http(s) and image data URLs can be opened in the canvas.');
  }
  const request: OpenInCanvasRequest = { imageUrl, requestedAt: Date.now() };
  storage.setItem(CANVAS_HANDOFF_KEY, JSON.stringify(request));
  go(CANVAS_PATH);
}

/** The waiting request, if any; it stays until `clearOpenInCanvasRequest` (so a failed load can be retried). */
export function peekOpenInCanvasRequest(
  storage: Storage = sessionStorage,
): OpenInCanvasRequest | null {
  try {
    const raw = storage.getItem(CANVAS_HANDOFF_KEY);
    if (raw === null) return null;
    const parsed = JSON.parse(raw) as Partial<OpenInCanvasRequest>;
    return typeof parsed.imageUrl === 'string' &&
      isOpenableImageUrl(parsed.imageUrl) &&
      typeof parsed.requestedAt === 'number'
      ? { imageUrl: parsed.imageUrl, requestedAt: parsed.requestedAt }
      : null;
  } catch {
    return null;
  }
}

/** Removes the request once it is handled, unless a newer one replaced it meanwhile. */
export function clearOpenInCanvasRequest(
  handled: OpenInCanvasRequest,
  storage: Storage = sessionStorage,
): void {
  const current = peekOpenInCanvasRequest(storage);
  if (current === null || current.requestedAt === handled.requestedAt) {
    storage.removeItem(CANVAS_HANDOFF_KEY);
  }
}

/**
 * Fetches an image (the engine serves `/files/*` with CORS) and returns it as a data URL, which the
 * canvas can draw without tainting its bitmaps (a tainted canvas could not be exported).
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
