import { useMe } from '../../../hooks/use-me.ts';

/** The signed-in user's id from GET /me (`user_details[0].user.id`), once it has arrived. */
export function useUserId() {
  const me = useMe();
  return { me, userId: me.data?.user_details[0]?.user.id };
}
