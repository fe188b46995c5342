import { useMemo } from 'react';
import { createApiClient, type ApiClient } from '../api/client.ts';
import { getApiKey, selectBaseUrl, useSessionStore } from '../lib/session-store.ts';

/**
 * The API client for the signed-in session. Only components rendered behind the connect gate may
 * call it; the key is read per request, so the client changes only when the server does.
 */
export function useApiClient(): ApiClient {
  const baseUrl = useSessionStore(selectBaseUrl);
  const client = useMemo(
    () => (baseUrl === null ? null : createApiClient({ baseUrl, getKey: getApiKey })),
    [baseUrl],
  );
  if (client === null) throw new Error('useApiClient() was called without a signed-in session.');
  return client;
}
