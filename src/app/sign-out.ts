import type { QueryClient } from '@tanstack/react-query';
import { replaceSearch } from '../lib/router.ts';
import { useSessionStore } from '../lib/session-store.ts';

/**
 * Ends the session and leaves nothing of the user on screen or in memory: the stores kept per
 * user drop to their defaults as the scope goes (their saved drafts wait in sessionStorage for
 * that user's next sign-in), the cached answers go, and so does what the address says about the
 * user's work (an open model, a generation's details).
 */
export function signOutEverywhere(queryClient: QueryClient): void {
  useSessionStore.getState().signOut();
  queryClient.clear();
  replaceSearch('');
}
