import type { QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { ConnectDialog, takeKeyFromFragment } from '../features/connect/index.ts';
import { useSessionScope } from '../lib/session-store.ts';
import { AppFailed } from './app-failed.tsx';
import { Providers } from './providers.tsx';
import { Shell } from './shell.tsx';
import { signOutEverywhere } from './sign-out.ts';

interface AppProps {
  queryClient: QueryClient;
  /** A key taken from a `#key=` link at start, if any. */
  linkKey?: string | null;
}

interface LinkKey {
  key: string | null;
  /** Counts links, so each one gets a connect dialog of its own that tries it once. */
  count: number;
}

/** Shows the connect dialog until someone is signed in, then the studio. */
export function App({ queryClient, linkKey = null }: AppProps) {
  const scope = useSessionScope();
  // Held here so the link key is tried once: after a later sign-out the dialog starts empty.
  const [link, setLink] = useState<LinkKey>({ key: linkKey, count: 0 });
  const clearLinkKey = useCallback(() => setLink((current) => ({ ...current, key: null })), []);

  // A sign-in link opened in this tab while it is open changes only the fragment: no page load,
  // so main.tsx never sees it. It is an explicit sign-in, as at start: it replaces the session.
  useEffect(() => {
    function onHashChange() {
      const key = takeKeyFromFragment();
      if (!key) return;
      signOutEverywhere(queryClient);
      setLink((current) => ({ key, count: current.count + 1 }));
    }
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [queryClient]);

  return (
    <Providers queryClient={queryClient}>
      <ErrorBoundary fallback={(error) => <AppFailed error={error} />}>
        {scope ? (
          <Shell />
        ) : (
          <ConnectDialog key={link.count} linkKey={link.key} onLinkKeyTried={clearLinkKey} />
        )}
      </ErrorBoundary>
    </Providers>
  );
}
