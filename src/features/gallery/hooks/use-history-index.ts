import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import type { HistoryIndex, HistoryIndexSnapshot } from '../lib/history-index/index.ts';
import { historyIndexFor } from '../lib/index-registry.ts';

/**
 * The signed-in user's local index of all their generations, filling in the background from the
 * moment History first opens (and going on while other views are shown), and its progress.
 */
export function useHistoryIndex(userId: string): {
  index: HistoryIndex;
  snapshot: HistoryIndexSnapshot;
} {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const index = useMemo(
    () => historyIndexFor({ client, userId, queryClient }),
    [client, userId, queryClient],
  );
  useEffect(() => index.start(), [index]);
  const snapshot = useSyncExternalStore(index.subscribe, index.getSnapshot);
  return { index, snapshot };
}
