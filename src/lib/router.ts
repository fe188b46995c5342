import { useEffect, useState, useSyncExternalStore, useTransition } from 'react';

/**
 * A tiny History API router: four views do not need a routing library. The engine answers
 * index.html for unknown non-API paths, so /canvas, /history… survive a reload or a shared link.
 * Paths in the studio's code are app paths (`/history`); under a base path (a static host's
 * sub-folder) the address bar shows them below it.
 */
const NAVIGATE_EVENT = 'studio:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/**
 * The path the studio is served under: `/` from the engine, `/team/studio/` from a static host.
 * The build uses relative URLs and puts every chunk in `<base>assets/`, so the base is the folder
 * above this module's own. In dev, Vite serves the studio at `/`.
 */
function servedBase(): string {
  if (import.meta.env.DEV) return '/';
  return new URL(import.meta.url).pathname.replace(/[^/]*\/[^/]*$/, '') || '/';
}
let basePath = servedBase();

/** For tests: the base a build served under another path would find. */
export function setBasePath(base: string): void {
  basePath = base.endsWith('/') ? base : `${base}/`;
}

/** `/team/studio/history` → `/history`; a path outside the base is left as it is. */
export function toAppPath(fullPath: string, base = basePath): string {
  if (base === '/') return fullPath;
  if (fullPath === base.slice(0, -1)) return '/';
  return fullPath.startsWith(base) ? `/${fullPath.slice(base.length)}` : fullPath;
}

/** `/history?open=1` → `/team/studio/history?open=1`: what the address bar and links show. */
export function toFullPath(appPath: string, base = basePath): string {
  return base === '/' ? appPath : `${base}${appPath.replace(/^\//, '')}`;
}

const getPathname = () => toAppPath(window.location.pathname);
const getSearch = () => window.location.search;

/**
 * The query string, for state a view keeps in the address bar. Unlike the path, a change here
 * stays in the same view, so it renders at once.
 */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, getSearch);
}

/** Changes the query string in place: a new history entry would make Back step through it. */
export function replaceSearch(search: string): void {
  const normal = search === '?' ? '' : search;
  if (normal === window.location.search) return;
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${normal}${hash}`);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** One parameter of the query string, kept up to date. */
export function useSearchParam(name: string): string | null {
  return new URLSearchParams(useSearch()).get(name);
}

/** Sets one parameter in place (or removes it, for null), keeping the others as they were. */
export function replaceSearchParam(name: string, value: string | null): void {
  const params = new URLSearchParams(window.location.search);
  if (value === null) params.delete(name);
  else params.set(name, value);
  const text = params.toString();
  replaceSearch(text ? `?${text}` : '');
}

export interface StudioLocation {
  pathname: string;
  /** A new path is being prepared (its view's code is loading) while the old view stays shown. */
  pending: boolean;
}

/**
 * The current path. A change of path renders as a transition: while the next view's code loads,
 * React keeps the current view on screen instead of flashing a fallback, and commits the next one
 * the moment it is ready (a revealed Suspense fallback would hold the screen for 300 ms at least).
 * useSyncExternalStore cannot do this: its updates are always synchronous.
 */
export function useLocation(): StudioLocation {
  const [pathname, setPathname] = useState(getPathname);
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    const update = () => startTransition(() => setPathname(getPathname()));
    // A navigation between the first render and this subscription is not missed.
    update();
    return subscribe(update);
  }, []);
  return { pathname, pending };
}

/** Goes to a path, with a query string if it has one; going where we already are does nothing. */
export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  const full = toFullPath(path);
  if (full === `${window.location.pathname}${window.location.search}`) return;
  if (replace) window.history.replaceState(null, '', full);
  else window.history.pushState(null, '', full);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Clicks the browser should handle itself: new tab, new window, download, or not the main button. */
export function isModifiedClick(event: {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}
