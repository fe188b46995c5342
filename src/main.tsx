import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/query-client.ts';
import { App } from './app/app.tsx';
import { DEFAULT_PATH } from './app/routes.ts';
import { takeKeyFromFragment } from './features/connect/index.ts';
import { toAppPath, toFullPath } from './lib/router.ts';
import { useSessionStore } from './lib/session-store.ts';
import './index.css';

// Read the `#key=` fragment before anything renders, and drop it from the address bar right away.
const linkKey = takeKeyFromFragment();
// A link is an explicit sign-in: it replaces whatever session this tab had.
if (linkKey) useSessionStore.getState().signOut();
if (toAppPath(window.location.pathname) === '/') {
  window.history.replaceState(null, '', toFullPath(DEFAULT_PATH));
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <App queryClient={createQueryClient()} linkKey={linkKey} />
  </StrictMode>,
);
