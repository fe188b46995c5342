import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, stubFetch } from '../test/fetch-stub.ts';
import { ApiError } from './api-error.ts';
import { createApiClient } from './client.ts';
import {
  MAX_ATTEMPTS,
  MAX_BACKOFF_MS,
  createQueryClient,
  retryDelay,
  shouldRetryMutation,
  shouldRetryQuery,
} from './query-client.ts';

const error = (status: number, retryAfterMs?: number) =>
  new ApiError({
    status,
    code: 'x',
    message: 'x',
    path: '$',
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('retry policy', () => {
  it('never retries 4xx other than 429', () => {
    for (const status of [400, 401, 403, 404, 422])
      expect(shouldRetryQuery(0, error(status))).toBe(false);
  });

  it('retries 429, 5xx and network errors up to MAX_ATTEMPTS in all', () => {
    for (const status of [0, 429, 500, 503]) {
      expect(shouldRetryQuery(0, error(status))).toBe(true);
      expect(shouldRetryQuery(MAX_ATTEMPTS - 2, error(status))).toBe(true);
      expect(shouldRetryQuery(MAX_ATTEMPTS - 1, error(status))).toBe(false);
    }
  });

  it('does not retry errors that are not ApiErrors (bugs)', () => {
    expect(shouldRetryQuery(0, new TypeError('x is undefined'))).toBe(false);
  });

  it('gives up on a 429 that asks for a very long wait', () => {
    expect(shouldRetryQuery(0, error(429, 5 * 60_000))).toBe(false);
  });

  it('retries mutations only on 429, where the server refused the work', () => {
    expect(shouldRetryMutation(0, error(429))).toBe(true);
    expect(shouldRetryMutation(0, error(500))).toBe(false);
    expect(shouldRetryMutation(0, error(0))).toBe(false);
  });

  it('backs off exponentially and honours Retry-After', () => {
    expect([0, 1, 2].map((n) => retryDelay(n, error(500)))).toEqual([1000, 2000, 4000]);
    expect(retryDelay(10, error(500))).toBe(MAX_BACKOFF_MS);
    expect(retryDelay(0, error(429, 2500))).toBe(2500);
  });
});

describe('createQueryClient', () => {
  function renderMeQuery() {
    const queryClient = createQueryClient();
    const client = createApiClient({
      baseUrl: 'http://engine.test/api/rest/v1',
      getKey: () => 'k',
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    // retryDelay 1 ms keeps the test fast; the policy under test is `retry`.
    return renderHook(
      () =>
        useQuery({
          queryKey: ['t'],
          queryFn: ({ signal }) => client.get('/me', { signal }),
          retryDelay: 1,
        }),
      { wrapper },
    );
  }

  it('fails a 401 after one request', async () => {
    const { fetchMock } = stubFetch(() =>
      jsonResponse({ error: 'Invalid API key', path: '$', code: 'access-denied' }, { status: 401 }),
    );
    const { result } = renderMeQuery();
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(result.current.error).toMatchObject({ message: 'Invalid API key' });
  });

  it('retries a 503 and succeeds on a later try', async () => {
    let calls = 0;
    const { fetchMock } = stubFetch(() =>
      ++calls < MAX_ATTEMPTS ? new Response('busy', { status: 503 }) : jsonResponse({ ok: true }),
    );
    const { result } = renderMeQuery();
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(fetchMock).toHaveBeenCalledTimes(MAX_ATTEMPTS);
  });
});
