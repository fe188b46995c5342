import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useJobQueue } from '../features/jobs/index.ts';
import type { JobKind } from '../api/jobs.ts';
import { navigate, useLocation } from '../lib/router.ts';
import { historyHref } from './links.ts';
import { signOutEverywhere } from './sign-out.ts';
import { AppHeader } from './app-header.tsx';
import { preloadLightViews } from './routes.ts';
import { ViewOutlet } from './view-outlet.tsx';

/** Images and videos made from the queue are shown in History; textures are not queued. */
const resultHref = (kind: JobKind, id: string) => (kind === 'texture' ? null : historyHref(id));

// The tray's panel is not first-screen code: it comes a moment after the shell, while the
// queue and the job list (useJobQueue) run from the first render.
const JobsTray = lazy(() =>
  import('../features/jobs/tray.ts').then((module) => ({ default: module.JobsTray })),
);

/**
 * The signed-in studio: header with navigation and account, the current view, and the jobs
 * tray docked beside it (its own column on wide screens, a band above the view on narrow ones),
 * never over it.
 */
export function Shell() {
  const { pathname, pending } = useLocation();
  const queryClient = useQueryClient();
  const mainRef = useRef<HTMLElement>(null);
  useJobQueue(resultHref);

  // After in-app navigation, move focus to the new view as a page load would, so screen readers
  // announce it and Tab starts from the top of the view. Not on first render: the browser does that.
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname !== firstPath.current) {
      firstPath.current = '';
      // Focusing would scroll <main> to the top of the window and hide the header; a new view
      // starts at the top of the page, as after a page load.
      mainRef.current?.focus({ preventScroll: true });
      document.documentElement.scrollTop = 0;
    }
  }, [pathname]);

  // Once signed in, fetch the light views' code while the user looks at the first one: a few
  // kilobytes from the same origin, so a first visit to them does not wait for the network.
  useEffect(preloadLightViews, []);

  return (
    <div className="flex min-h-full flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-lg focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <AppHeader pathname={pathname} onSignOut={() => signOutEverywhere(queryClient)} />
      <div className="flex flex-1 flex-col lg:flex-row">
        <main
          id="main"
          ref={mainRef}
          tabIndex={-1}
          className="min-w-0 flex-1 px-4 py-6 focus:outline-none"
        >
          <ViewOutlet pathname={pathname} pending={pending} />
        </main>
        {/* Jobs started in any view are followed here; a finished one leads to its result. */}
        <Suspense fallback={null}>
          <JobsTray onOpen={navigate} className="order-first lg:order-none" />
        </Suspense>
      </div>
    </div>
  );
}
