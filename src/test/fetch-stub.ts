import { vi } from 'vitest';

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string | null;
}

export type Responder = (request: RecordedRequest) => Response | Promise<Response>;

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

/** Replaces globalThis.fetch for one test (unit tests only: e2e talks to the real engine). */
export function stubFetch(responder: Responder) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    init.signal?.throwIfAborted();
    const request: RecordedRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : null,
    };
    requests.push(request);
    return responder(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, requests };
}

export const ALICE_KEY = 'unit-alice-key';

export function meBody(username = 'alice') {
  return {
    user_details: [
      {
        user: { id: '3f1c1f7e-3c9a-4b8e-9d2a-2f6f0c4b1a11', username },
        tokenRenewalDate: null,
        paidTokens: 0,
        subscriptionTokens: 150,
        subscriptionGptTokens: 0,
        subscriptionModelTokens: 0,
        apiConcurrencySlots: 10,
        apiPaidTokens: 500,
        apiSubscriptionTokens: 3000,
        apiPlanTokenRenewalDate: null,
      },
    ],
  };
}

export const INVALID_KEY_BODY = { error: 'Invalid API key', path: '$', code: 'access-denied' };

/** A GET /me answerer that accepts only `key`. */
export function meResponder(key = ALICE_KEY, username = 'alice'): Responder {
  return (request) =>
    request.headers.get('Authorization') === `Bearer ${key}`
      ? jsonResponse(meBody(username))
      : jsonResponse(INVALID_KEY_BODY, { status: 401 });
}
