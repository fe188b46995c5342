import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { JobKind } from '../../../api/jobs.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { useMe } from '../../../hooks/use-me.ts';
import { useSessionScope } from '../../../lib/session-store.ts';
import { DEFAULT_RUNNING_LIMIT, pumpQueue, startQueueRuntime } from '../lib/job-queue-runtime.ts';

/**
 * Runs the signed-in user's queue for as long as the shell is mounted (the whole signed-in
 * studio), with the running-jobs limit GET /me reports for them.
 */
export function useQueueRuntime(hrefFor: (kind: JobKind, id: string) => string | null): void {
  const scope = useSessionScope();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const me = useMe();
  const reported = me.data?.user_details[0]?.apiConcurrencySlots;
  // Until GET /me has answered nothing goes out (after a reload, a queue sent blind would only
  // earn 429s); a server that does not say gets Leonardo's limit.
  const slots =
    typeof reported === 'number' && reported > 0
      ? reported
      : me.isPending
        ? 0
        : DEFAULT_RUNNING_LIMIT;
  // Read by the queue whenever it decides, from event handlers as much as from effects.
  const limit = useRef(slots);
  const href = useRef(hrefFor);
  useLayoutEffect(() => {
    limit.current = slots;
    href.current = hrefFor;
  });

  useEffect(() => {
    if (!scope) return;
    return startQueueRuntime({
      scope,
      client,
      queryClient,
      limit: () => limit.current,
      hrefFor: (kind, id) => href.current(kind, id),
    });
  }, [scope, client, queryClient]);

  useEffect(() => {
    if (slots > 0) pumpQueue();
  }, [slots]);
}
