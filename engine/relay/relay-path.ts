import { API_PREFIX } from '../../contract/limits.ts';

/**
 * Leonardo's REST paths are plain: segments of letters, digits, `-`, `_` and `.` (ids, names).
 * Anything else in the part after the relay's prefix (dot segments, empty segments, `%`-escapes,
 * backslashes, `@`, `:`) is refused before a URL is built, so no request can steer the relay to
 * another host or out of `/api/rest/v1`.
 */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** The upstream URL for a relayed request, or null when its path is not a plain API path. */
export function relayUrl(target: string, rawPathAndQuery: string): URL | null {
  const q = rawPathAndQuery.indexOf('?');
  const path = q === -1 ? rawPathAndQuery : rawPathAndQuery.slice(0, q);
  const search = q === -1 ? '' : rawPathAndQuery.slice(q);
  if (!path.startsWith('/')) return null;
  const segments = path.slice(1).split('/');
  if (segments.some((s) => !SEGMENT.test(s) || s === '.' || s === '..')) return null;
  const origin = new URL(target);
  const url = new URL(`${API_PREFIX}${path}`, origin);
  url.search = search;
  // Belt and braces: whatever the checks above missed, the URL must still be the target's API.
  if (url.origin !== origin.origin || !url.pathname.startsWith(`${API_PREFIX}/`)) return null;
  return url;
}
