import type { QueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { ConnectDialog } from '../features/connect/index.ts';
import { selectCredentials, useSessionStore } from '../lib/session-store.ts';
import { AppFailed } from './app-failed.tsx';
import { Providers } from './providers.tsx';
import { Shell } from './shell.tsx';

interface AppProps {
  queryClient: QueryClient;
  /** A key taken from a `#key=` link at start, if any. */
  linkKey?: string | null;
}

/** Shows the connect dialog until there is a session, then the studio. */
export function App({ queryClient, linkKey = null }: AppProps) {
  const credentials = useSessionStore(selectCredentials);
  // Held here so the link key is tried once: after a later sign-out the dialog starts empty.
  const [pendingLinkKey, setPendingLinkKey] = useState(linkKey);
  const clearLinkKey = useCallback(() => setPendingLinkKey(null), []);
  return (
    <Providers queryClient={queryClient}>
      <ErrorBoundary fallback={(error) => <AppFailed error={error} />}>
        {credentials ? (
          <Shell />
        ) : (
          <ConnectDialog linkKey={pendingLinkKey} onLinkKeyTried={clearLinkKey} />
        )}
      </ErrorBoundary>
    </Providers>
  );
}
