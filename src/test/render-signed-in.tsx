import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createQueryClient } from '../api/query-client.ts';
import { useSessionStore } from '../lib/session-store.ts';
import {
  ALICE_KEY,
  jsonResponse,
  meBody,
  type RecordedRequest,
  type Responder,
} from './fetch-stub.ts';

export const TEST_BASE_URL = 'http://127.0.0.1:8787/api/rest/v1';
export const ALICE_ID = meBody().user_details[0]!.user.id;

/** Signs Alice in on the test server, as the connect dialog would after GET /me. */
export function signInAlice(): void {
  useSessionStore.getState().signIn({ key: ALICE_KEY, baseUrl: TEST_BASE_URL, userId: ALICE_ID });
}

/** Renders one feature component as a signed-in user would see it, without the app shell. */
export function renderSignedIn(ui: ReactNode) {
  signInAlice();
  const queryClient = createQueryClient();
  const user = userEvent.setup();
  const view = render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
  return { ...view, user, queryClient };
}

type Route = (request: RecordedRequest, path: string) => Response | Promise<Response> | undefined;

/** A fetch responder that answers GET /me and hands everything else to `route` (404 if it does not). */
export function apiResponder(route: Route): Responder {
  return (request) => {
    const path = request.url.slice(TEST_BASE_URL.length);
    if (request.method === 'GET' && path === '/me') return jsonResponse(meBody());
    return (
      route(request, path) ??
      jsonResponse(
        { error: `No stub for ${request.method} ${path}`, path: '$', code: 'not-found' },
        { status: 404 },
      )
    );
  };
}
