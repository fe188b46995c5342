/**
 * Reads a key handed over in the URL fragment (`/#key=…`, e.g. printed by the local engine at
 * start) and removes the fragment from the address bar at once, whether or not the key turns out
 * to work, so it does not linger in history, bookmarks or screenshots. Fragments never reach the
 * server, which is why the engine uses one rather than a query string.
 */
export function takeKeyFromFragment(
  location: Pick<Location, 'hash' | 'pathname' | 'search'> = window.location,
  history: Pick<History, 'replaceState' | 'state'> = window.history,
): string | null {
  if (!location.hash.startsWith('#')) return null;
  const params = new URLSearchParams(location.hash.slice(1));
  if (!params.has('key')) return null;
  const key = params.get('key')?.trim() ?? '';
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return key === '' ? null : key;
}
