import type { Query, QueryClient } from '@tanstack/react-query';
import type { Generation } from '../../../../contract/index.ts';
import type { ApiClient } from '../../../api/client.ts';
import { isSettled, jobKeys, type JobSnapshot } from '../../../api/jobs.ts';
import { scopeOf, selectScope, useSessionStore } from '../../../lib/session-store.ts';
import { apiPage, createHistoryIndex, type HistoryIndex } from './history-index/index.ts';

interface Entry {
  index: HistoryIndex;
  stop: () => void;
}

/** One index per server and user, alive from the first visit to History until sign-out. */
const entries = new Map<string, Entry>();

const isGenerationJob = (query: Query) =>
  query.queryKey[0] === jobKeys.all[0] && query.queryKey[2] === 'generation';

/**
 * Keeps the index current with what this tab sees settle: a job that completes or fails (made
 * here, or watched in History) is written in at once, so a search finds it without a new pass.
 */
function followSettledJobs(index: HistoryIndex, queryClient: QueryClient, baseUrl: string) {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const { query } = event;
    if (!isGenerationJob(query) || query.queryKey[1] !== baseUrl) return;
    const snapshot = query.state.data as JobSnapshot<Generation> | undefined;
    if (snapshot?.result && isSettled(snapshot.status)) index.upsert(snapshot.result);
  });
}

export interface IndexFor {
  client: ApiClient;
  userId: string;
  queryClient: QueryClient;
}

/** The user's index, made on first use: loaded from IndexedDB, filled by GET /generations/user. */
export function historyIndexFor({ client, userId, queryClient }: IndexFor): HistoryIndex {
  const scope = scopeOf(client.baseUrl, userId);
  let entry = entries.get(scope);
  if (!entry) {
    const index = createHistoryIndex({ scope, fetchPage: apiPage(client, userId) });
    const unsubscribe = followSettledJobs(index, queryClient, client.baseUrl);
    entry = {
      index,
      stop: () => {
        unsubscribe();
        index.dispose();
      },
    };
    entries.set(scope, entry);
  }
  return entry.index;
}

/** Stops every index but the signed-in user's: after a sign-out nothing of theirs keeps running. */
export function stopOtherIndexes(scope: string | null): void {
  for (const [key, entry] of entries) {
    if (key === scope) continue;
    entry.stop();
    entries.delete(key);
  }
}

useSessionStore.subscribe((state, previous) => {
  const scope = selectScope(state);
  if (scope !== selectScope(previous)) stopOtherIndexes(scope);
});
