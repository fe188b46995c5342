import { queryOptions } from '@tanstack/react-query';
import type { MeResponse, UserDetails } from '../../contract/index.ts';
import { ApiError, INVALID_RESPONSE } from './api-error.ts';
import type { ApiClient } from './client.ts';
import { readMe } from './read-answers.ts';

/** Every query about the signed-in user starts with this key; the base URL keeps servers apart. */
export const meKeys = {
  all: ['me'] as const,
  detail: (baseUrl: string) => ['me', baseUrl] as const,
};

export async function getMe(client: ApiClient, signal?: AbortSignal): Promise<MeResponse> {
  return readMe(await client.get<unknown>('/me', { signal }));
}

/** Leonardo answers a list with one entry; anything else means the key maps to no user. */
export function firstUserDetails(me: MeResponse): UserDetails {
  const details = me.user_details[0];
  if (!details) {
    throw new ApiError({
      status: 200,
      code: INVALID_RESPONSE,
      message: 'The server answered GET /me without user details.',
      path: '$.user_details',
      endpoint: 'GET /me',
    });
  }
  return details;
}

export function meQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: meKeys.detail(client.baseUrl),
    queryFn: ({ signal }) => getMe(client, signal),
    // Token balances move as jobs run: fresh for a minute, refetched on focus after that.
    staleTime: 60_000,
  });
}

export interface TokenBalance {
  /** What API calls spend: the API plan's tokens plus any bought API tokens. */
  api: number;
  apiSubscription: number;
  apiPaid: number;
  /** The web app's subscription tokens: shown for reference, not spent by API calls. */
  appSubscription: number;
}

export function tokenBalance(details: UserDetails): TokenBalance {
  const apiPaid = details.apiPaidTokens ?? 0;
  return {
    api: details.apiSubscriptionTokens + apiPaid,
    apiSubscription: details.apiSubscriptionTokens,
    apiPaid,
    appSubscription: details.subscriptionTokens,
  };
}
