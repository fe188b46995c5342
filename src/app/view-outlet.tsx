import { Suspense } from 'react';
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
export function ViewOutlet({ pathname }: { pathname: string }) {
  const route = findRoute(pathname);
  if (!route) return <NotFoundView />;
  const { View, label } = route;
  return (
    // The boundary stays put across views: paths change in a transition (see usePathname), so the
    // current view stays on screen while the next one's chunk loads. Only a first load shows this
    // fallback. The error boundary is keyed by path so a view that failed does not keep the next
    // one from rendering.
    <Suspense fallback={<LoadingPanel label={`Loading ${label}…`} />}>
      <ErrorBoundary key={route.path} fallback={(error) => <ViewFailed error={error} />}>
        <View />
      </ErrorBoundary>
    </Suspense>
  );
}
