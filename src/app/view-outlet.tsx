import { Suspense, memo, type ComponentType } from 'react';
import { Button } from '../components/ui/button.tsx';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { LoadingPanel } from '../components/ui/loading-panel.tsx';
import { NotFoundView } from './not-found-view.tsx';
import { findRoute } from './routes.ts';

// React.lazy remembers a failed import, so only a reload fetches the chunk again.
function ViewFailed({ error }: { error: Error }) {
  return (
    <div
      role="alert"
      className="mx-auto mt-12 max-w-xl rounded-2xl border border-border bg-surface p-8"
    >
      <h1 className="text-xl font-semibold">This view failed to load</h1>
      <p className="mt-2 text-sm text-muted">{error.message}</p>
      <Button className="mt-4" onClick={() => window.location.reload()}>
        Reload the page
      </Button>
    </div>
  );
}

/** Renders the view for the current path; each view loads its own chunk on first visit. */
/**
 * Shown while the next view's code loads and the current view stays on screen; it fades in only
 * after a moment, so the usual instant switch does not flicker.
 */
function OpeningView() {
  return (
    <div
      role="progressbar"
      aria-label="Opening view"
      className="pointer-events-none fixed inset-x-0 top-0 z-40 h-1 animate-pulse bg-accent opacity-100 transition-opacity delay-150 duration-200 starting:opacity-0"
    />
  );
}

/**
 * The view itself, memoised: the shell re-renders when a navigation starts (to show the progress
 * bar), and the view being left should not render again for that.
 */
const CurrentView = memo(function CurrentView({ View }: { View: ComponentType }) {
  return <View />;
});

export function ViewOutlet({ pathname, pending }: { pathname: string; pending: boolean }) {
  const route = findRoute(pathname);
  if (!route) return <NotFoundView />;
  const { View, label } = route;
  return (
    // The boundary stays put across views: paths change in a transition (see useLocation), so the
    // current view stays on screen while the next one's chunk loads. Only a first load shows this
    // fallback. The error boundary is keyed by path so a view that failed does not keep the next
    // one from rendering.
    <Suspense fallback={<LoadingPanel label={`Loading ${label}…`} />}>
      {pending && <OpeningView />}
      <ErrorBoundary key={route.path} fallback={(error) => <ViewFailed error={error} />}>
        <CurrentView View={View} />
      </ErrorBoundary>
    </Suspense>
  );
}
