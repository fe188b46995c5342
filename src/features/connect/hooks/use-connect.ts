import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createApiClient } from '../../../api/client.ts';
import { firstUserDetails, getMe, meQueryOptions } from '../../../api/me.ts';
import { useSessionStore, type Credentials } from '../../../lib/session-store.ts';

/**
 * Tries a key against GET /me before keeping it, so a typo is caught here and not on the first
 * generation. The answer names the user, kept in the session beside the key (with the server, the
 * scope of everything the studio keeps), and seeds the `me` query, so the header needs no second
 * request.
 */
export function useConnect() {
  const queryClient = useQueryClient();
  const signIn = useSessionStore((state) => state.signIn);
  return useMutation({
    mutationFn: async ({ key, baseUrl }: Credentials) => {
      const client = createApiClient({ baseUrl, getKey: () => key });
      const me = await getMe(client);
      const userId = firstUserDetails(me).user.id;
      return { me, client, userId };
    },
    onSuccess: ({ me, client, userId }, { key }) => {
      // Whatever a previous session cached belongs to another user or server.
      queryClient.removeQueries();
      queryClient.setQueryData(meQueryOptions(client).queryKey, me);
      signIn({ key, baseUrl: client.baseUrl, userId });
    },
    // The variables hold the key; do not keep the finished mutation around.
    gcTime: 0,
  });
}
