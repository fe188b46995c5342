import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALICE_KEY, jsonResponse, meBody, stubFetch } from '../test/fetch-stub.ts';
import { ApiError, NETWORK_ERROR } from './api-error.ts';
import { buildUrl, createApiClient } from './client.ts';
import { getMe, meQueryOptions, tokenBalance } from './me.ts';

const BASE = 'http://127.0.0.1:8787/api/rest/v1';
const client = (key: string | null = ALICE_KEY) =>
  createApiClient({ baseUrl: `${BASE}/`, getKey: () => key });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createApiClient', () => {
  it('sends the key as a Bearer header, never in the URL, and parses JSON', async () => {
    const { requests } = stubFetch(() => jsonResponse({ ok: true }));
    const answer = await client().get<{ ok: boolean }>('/things', {
      query: { offset: 0, limit: 10, skip: undefined },
    });
    expect(answer).toEqual({ ok: true });
    const [request] = requests;
    expect(request?.url).toBe(`${BASE}/things?offset=0&limit=10`);
    expect(request?.url).not.toContain(ALICE_KEY);
    expect(request?.headers.get('Authorization')).toBe(`Bearer ${ALICE_KEY}`);
    expect(request?.headers.get('Accept')).toBe('application/json');
    expect(request?.headers.has('Content-Type')).toBe(false);
  });

  it('sends JSON bodies with a content type', async () => {
    const { requests } = stubFetch(() => jsonResponse({ id: 1 }));
    await client().post('/generations', { prompt: 'a fox', width: 512 });
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({ prompt: 'a fox', width: 512 });
  });

  it('returns undefined for an empty success body', async () => {
    stubFetch(() => new Response(null, { status: 204 }));
    await expect(client().delete('/generations/1')).resolves.toBeUndefined();
  });

  it('throws a typed ApiError from Leonardo’s error body', async () => {
    stubFetch(() =>
      jsonResponse({ error: 'Invalid API key', path: '$', code: 'access-denied' }, { status: 401 }),
    );
    const error = await client()
      .get('/me')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 401,
      code: 'access-denied',
      message: 'Invalid API key',
      endpoint: 'GET /me',
    });
  });

  it('reads Retry-After from a 429', async () => {
    stubFetch(() =>
      jsonResponse(
        { error: 'Rate limit', path: '$', code: 'rate-limited' },
        { status: 429, headers: { 'Retry-After': '3' } },
      ),
    );
    await expect(client().get('/me')).rejects.toMatchObject({ status: 429, retryAfterMs: 3000 });
  });

  it('reports network failures as status 0 without the key', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = (await client()
      .get('/me')
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error).toMatchObject({ status: 0, code: NETWORK_ERROR });
    expect(error.message).not.toContain(ALICE_KEY);
  });

  it('keeps the key out of messages even when a server echoes it', async () => {
    stubFetch(() =>
      jsonResponse(
        { error: `Key Bearer ${ALICE_KEY} is revoked`, path: '$', code: 'access-denied' },
        { status: 401 },
      ),
    );
    const error = (await client()
      .get('/me')
      .catch((caught: unknown) => caught)) as ApiError;
    expect(error.message).toBe('Key Bearer [API key] is revoked');
  });

  it('rethrows aborts untouched so callers can tell them from failures', async () => {
    stubFetch(() => jsonResponse({}));
    const controller = new AbortController();
    controller.abort();
    const error = await client()
      .get('/me', { signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('refuses to send a request without a key', async () => {
    const { fetchMock } = stubFetch(() => jsonResponse({}));
    await expect(client(null).get('/me')).rejects.toMatchObject({
      status: 401,
      code: 'no-api-key',
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('flags a success body that is not JSON', async () => {
    stubFetch(() => new Response('<html></html>', { status: 200 }));
    await expect(client().get('/me')).rejects.toMatchObject({
      status: 200,
      code: 'invalid-response',
    });
  });
});

describe('buildUrl', () => {
  it('joins paths and encodes query values', () => {
    expect(buildUrl(BASE, 'me')).toBe(`${BASE}/me`);
    expect(buildUrl(BASE, '/a', { q: 'a b&c', n: null })).toBe(`${BASE}/a?q=a+b%26c`);
  });
});

describe('me', () => {
  it('fetches GET /me and keys the query by server', async () => {
    const { requests } = stubFetch(() => jsonResponse(meBody()));
    const me = await getMe(client());
    expect(requests[0]?.url).toBe(`${BASE}/me`);
    expect(me.user_details[0]?.user.username).toBe('alice');
    expect(meQueryOptions(client()).queryKey).toEqual(['me', BASE]);
  });

  it('adds API plan and paid tokens, and keeps app tokens apart', () => {
    const details = meBody().user_details[0]!;
    expect(tokenBalance(details)).toEqual({
      api: 3500,
      apiSubscription: 3000,
      apiPaid: 500,
      appSubscription: 150,
    });
    expect(tokenBalance({ ...details, apiPaidTokens: null }).api).toBe(3000);
  });
});
