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
    // Keyed by path so a view that failed does not keep the next one from rendering.
    <ErrorBoundary key={route.path} fallback={(error) => <ViewFailed error={error} />}>
      <Suspense fallback={<LoadingPanel label={`Loading ${label}…`} />}>
        <View />
      </Suspense>
    </ErrorBoundary>
  );
}
