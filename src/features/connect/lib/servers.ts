import { API_PREFIX, CLOUD_BASE_URL } from '../../../../contract/limits.ts';
import { normalizeBaseUrl } from '../../../api/client.ts';

export type ServerChoice = 'local' | 'cloud' | 'custom';

export const DEFAULT_DEV_ENGINE_ORIGIN = 'http://127.0.0.1:8787';

/**
 * Built, the studio is served by the engine itself, so the engine is this page's origin. In dev,
 * Vite serves the page and the engine runs beside it on its own port.
 */
export function localEngineBaseUrl(): string {
  const origin = import.meta.env.DEV
    ? (import.meta.env.VITE_LOCAL_ENGINE_URL ?? DEFAULT_DEV_ENGINE_ORIGIN)
    : window.location.origin;
  return normalizeBaseUrl(`${normalizeBaseUrl(origin)}${API_PREFIX}`);
}

export type BaseUrlCheck = { ok: true; baseUrl: string } | { ok: false; message: string };

export function checkCustomBaseUrl(input: string): BaseUrlCheck {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, message: 'Enter the server’s base URL.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: 'Enter a full URL, such as https://example.com/api/rest/v1.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: 'The base URL must start with http:// or https://.' };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'Put the API key in its own field, not in the URL.' };
  }
  if (url.search || url.hash) {
    return { ok: false, message: 'The base URL cannot have a query string or a fragment.' };
  }
  return { ok: true, baseUrl: normalizeBaseUrl(url.href) };
}

/** Which option the dialog should preselect for a base URL used before. */
export function choiceForBaseUrl(baseUrl: string | null): ServerChoice {
  if (baseUrl === null || baseUrl === localEngineBaseUrl()) return 'local';
  if (baseUrl === CLOUD_BASE_URL) return 'cloud';
  return 'custom';
}

export function baseUrlForChoice(choice: ServerChoice, customInput: string): BaseUrlCheck {
  if (choice === 'local') return { ok: true, baseUrl: localEngineBaseUrl() };
  if (choice === 'cloud') return { ok: true, baseUrl: CLOUD_BASE_URL };
  return checkCustomBaseUrl(customInput);
}
