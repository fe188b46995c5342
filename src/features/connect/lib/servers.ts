import { API_PREFIX, CLOUD_BASE_URL } from '../../../../contract/limits.ts';
import { normalizeBaseUrl } from '../../../api/client.ts';

/** `relay`: Leonardo's cloud through the engine that serves this page (engine/relay/). */
export type ServerChoice = 'local' | 'cloud' | 'relay' | 'custom';

export const DEFAULT_DEV_ENGINE_ORIGIN = 'http://127.0.0.1:8787';

/**
 * Where an engine serving this studio would be. Built and served by the engine, that is the
 * page's own origin; in dev, Vite serves the page and the engine runs beside it on its own port.
 * A static host serves no engine there: the dialog finds out by asking (engine-capabilities.ts).
 */
export function pageEngineOrigin(): string {
  return normalizeBaseUrl(
    import.meta.env.DEV
      ? (import.meta.env.VITE_LOCAL_ENGINE_URL ?? DEFAULT_DEV_ENGINE_ORIGIN)
      : window.location.origin,
  );
}

export function localEngineBaseUrl(): string {
  return `${pageEngineOrigin()}${API_PREFIX}`;
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

/** An engine's address as a person types it (`http://host:8787`), as the API's base URL. */
export function checkEngineUrl(input: string): BaseUrlCheck {
  if (input.trim() === '') return { ok: false, message: 'Enter the local engine’s URL.' };
  const checked = checkCustomBaseUrl(input);
  if (!checked.ok) {
    return checked.message.startsWith('Enter a full URL')
      ? { ok: false, message: 'Enter a full URL, such as http://127.0.0.1:8787.' }
      : checked;
  }
  const { baseUrl } = checked;
  return { ok: true, baseUrl: baseUrl.endsWith(API_PREFIX) ? baseUrl : `${baseUrl}${API_PREFIX}` };
}

/** What the dialog knows of the page's server, to turn a choice into a base URL. */
export interface ServerContext {
  /** No engine serves this page: the local engine's URL must be entered. */
  engineUrlNeeded: boolean;
  relayBaseUrl: string | null;
}

export interface ServerInputs {
  customUrl: string;
  engineUrl: string;
}

/** Which option the dialog should preselect for a base URL used before. */
export function choiceForBaseUrl(
  baseUrl: string | null,
  relayBaseUrl: string | null = null,
): ServerChoice {
  if (baseUrl === null || baseUrl === localEngineBaseUrl()) return 'local';
  if (baseUrl === CLOUD_BASE_URL) return 'cloud';
  if (relayBaseUrl !== null && baseUrl === relayBaseUrl) return 'relay';
  return 'custom';
}

export function baseUrlForChoice(
  choice: ServerChoice,
  inputs: ServerInputs,
  context: ServerContext = { engineUrlNeeded: false, relayBaseUrl: null },
): BaseUrlCheck {
  if (choice === 'local') {
    return context.engineUrlNeeded
      ? checkEngineUrl(inputs.engineUrl)
      : { ok: true, baseUrl: localEngineBaseUrl() };
  }
  if (choice === 'cloud') return { ok: true, baseUrl: CLOUD_BASE_URL };
  if (choice === 'relay') {
    return context.relayBaseUrl
      ? { ok: true, baseUrl: context.relayBaseUrl }
      : { ok: false, message: 'This page is not served by an engine with the relay on.' };
  }
  return checkCustomBaseUrl(inputs.customUrl);
}
