import type { QueryClient } from '@tanstack/react-query';
import { createElement, lazy, type ComponentType } from 'react';
import type { ApiClient } from '../api/client.ts';
import { historyQueryOptions } from '../api/generations.ts';

/** What a route needs to fetch its first data ahead of a visit. */
export interface PrefetchContext {
  queryClient: QueryClient;
  client: ApiClient;
  userId: string;
}

export interface StudioRoute {
  path: string;
  label: string;
  View: ComponentType;
  /** Fetches the view's chunk ahead of a visit. */
  preload: () => Promise<unknown>;
  /** Fetches the data the view shows first, when the user shows the intent to open it. */
  prefetch?: (context: PrefetchContext) => void;
}

/** A page just fetched on intent is not fetched again when the view opens a moment later. */
const INTENT_STALE_MS = 10_000;

/**
 * A lazy view that renders straight away once its chunk is here. A plain React.lazy suspends on
 * its first render even when the chunk is already loaded, and a revealed Suspense fallback
 * holds the screen for at least 300 ms: a preloaded view skips both.
 */
function lazyView(load: () => Promise<ComponentType>): Pick<StudioRoute, 'View' | 'preload'> {
  let loaded: ComponentType | null = null;
  let pending: Promise<ComponentType> | null = null;
  const preload = () =>
    (pending ??= load()
      .then((component) => (loaded = component))
      .catch((error: unknown) => {
        pending = null;
        throw error;
      }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  const View = () => createElement(loaded ?? Lazy);
  return { View, preload };
}

// Views are lazy so the canvas (Konva) and other heavy views stay out of the first screen's bundle.
// React.lazy wants a default export; the project uses named exports, hence the `.then` mapping.
export const ROUTES: readonly StudioRoute[] = [
  {
    path: '/canvas',
    label: 'Canvas',
    ...lazyView(() => import('./views/canvas-view.tsx').then((m) => m.CanvasView)),
  },
  {
    path: '/generate',
    label: 'Generate',
    ...lazyView(() => import('./views/generate-view.tsx').then((m) => m.GenerateView)),
  },
  {
    path: '/history',
    label: 'History',
    ...lazyView(() => import('./views/history-view.tsx').then((m) => m.HistoryView)),
    prefetch: ({ queryClient, client, userId }) =>
      void queryClient
        .prefetchInfiniteQuery({
          ...historyQueryOptions(client, userId),
          staleTime: INTENT_STALE_MS,
        })
        .catch(() => {}),
  },
  {
    path: '/textures',
    label: 'Textures',
    ...lazyView(() => import('./views/textures-view.tsx').then((m) => m.TexturesView)),
  },
];

export const DEFAULT_PATH = '/generate';

/** The light views load in the background once the studio is up, so visiting them is instant. */
export function preloadLightViews(): void {
  for (const route of ROUTES) {
    if (route.path === '/generate' || route.path === '/history')
      void route.preload().catch(() => {});
  }
}

/** `/` and `/index.html` open the default view; a trailing slash is ignored. */
export function findRoute(pathname: string): StudioRoute | undefined {
  const path = pathname.replace(/\/+$/, '') || '/';
  const wanted = path === '/' || path === '/index.html' ? DEFAULT_PATH : path;
  return ROUTES.find((route) => route.path === wanted);
}
