import { fieldsOf, text, textOrNull } from './answer-fields.ts';
import { normalizeBaseUrl } from './client.ts';

/**
 * What the engine at an origin offers, from its unauthenticated `GET /studio/capabilities`
 * (engine/plugins/studio.ts). Null means no engine answers there: a static host, say, which may
 * well answer any path with index.html, hence the check of the answer's shape.
 */
export interface EngineCapabilities {
  /** The engine's API, e.g. `http://127.0.0.1:8787/api/rest/v1`. */
  apiBaseUrl: string;
  /** Its relay to Leonardo's cloud, or null when the relay is off. */
  relayBaseUrl: string | null;
}

export const CAPABILITIES_PATH = '/studio/capabilities';
const ENGINE_NAME = 'leonardo-studio-engine';

export async function getEngineCapabilities(
  origin: string,
  signal?: AbortSignal,
): Promise<EngineCapabilities | null> {
  const base = normalizeBaseUrl(origin);
  let answer: unknown;
  try {
    // No key: the question is about the server, not about a user.
    const response = await globalThis.fetch(`${base}${CAPABILITIES_PATH}`, {
      headers: { Accept: 'application/json' },
      credentials: 'omit',
      ...(signal ? { signal } : {}),
    });
    if (!response.ok) return null;
    answer = await response.json();
  } catch (error) {
    if (signal?.aborted) throw error;
    return null;
  }
  const fields = fieldsOf(answer);
  const api = text(fields.api);
  if (fields.engine !== ENGINE_NAME || !api.startsWith('/')) return null;
  const relay = textOrNull(fields.relay);
  return {
    apiBaseUrl: `${base}${api}`,
    relayBaseUrl: relay?.startsWith('/') ? `${base}${relay}` : null,
  };
}
