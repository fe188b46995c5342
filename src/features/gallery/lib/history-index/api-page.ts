import type { ApiClient } from '../../../../api/client.ts';
import { listGenerations } from '../../../../api/generations.ts';
import type { FetchPage } from './filler.ts';

/** The index's pages from the API's list endpoint (GET /generations/user/{userId}). */
export function apiPage(client: ApiClient, userId: string): FetchPage {
  return async (offset, limit, signal) =>
    (await listGenerations(client, userId, { offset, limit }, signal)).generations;
}

/** The scope a user's local data lives under: one server, one user. */
export const historyScope = (baseUrl: string, userId: string) => `${baseUrl}\n${userId}`;
