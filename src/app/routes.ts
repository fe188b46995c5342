import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface StudioRoute {
  path: string;
  label: string;
  View: LazyExoticComponent<ComponentType>;
}

// Views are lazy so the canvas (Konva) and other heavy views stay out of the first screen's bundle.
// React.lazy wants a default export; the project uses named exports, hence the `.then` mapping.
export const ROUTES: readonly StudioRoute[] = [
  {
    path: '/canvas',
    label: 'Canvas',
    View: lazy(() => import('./views/canvas-view.tsx').then((m) => ({ default: m.CanvasView }))),
  },
  {
    path: '/generate',
    label: 'Generate',
    View: lazy(() =>
      import('./views/generate-view.tsx').then((m) => ({ default: m.GenerateView })),
    ),
  },
  {
    path: '/history',
    label: 'History',
    View: lazy(() => import('./views/history-view.tsx').then((m) => ({ default: m.HistoryView }))),
  },
  {
    path: '/textures',
    label: 'Textures',
    View: lazy(() =>
      import('./views/textures-view.tsx').then((m) => ({ default: m.TexturesView })),
    ),
  },
];

export const DEFAULT_PATH = '/generate';

/** `/` and `/index.html` open the default view; a trailing slash is ignored. */
export function findRoute(pathname: string): StudioRoute | undefined {
  const path = pathname.replace(/\/+$/, '') || '/';
  const wanted = path === '/' || path === '/index.html' ? DEFAULT_PATH : path;
  return ROUTES.find((route) => route.path === wanted);
}
