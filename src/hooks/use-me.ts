import { useQuery } from '@tanstack/react-query';
import { meQueryOptions } from '../api/me.ts';
import { useApiClient } from './use-api-client.ts';

/** The signed-in user (GET /me); features need its id for their own queries. */
export function useMe() {
  return useQuery(meQueryOptions(useApiClient()));
}
