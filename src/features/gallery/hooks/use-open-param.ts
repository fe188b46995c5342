import { useCallback } from 'react';
import { replaceSearchParam, useSearchParam } from '../../../lib/router.ts';

export const OPEN_PARAM = 'open';
// Ids are UUIDs; anything else in the address is ignored rather than sent to the API.
const ID = /^[0-9a-f-]{8,64}$/i;

/**
 * The generation whose details History shows, kept in the address as `?open=<id>`: opening and
 * closing replace the history entry (Back leaves History rather than stepping through details).
 */
export function useOpenParam(): [string | null, (id: string | null) => void] {
  const param = useSearchParam(OPEN_PARAM);
  const open = param && ID.test(param) ? param : null;
  const setOpen = useCallback((id: string | null) => replaceSearchParam(OPEN_PARAM, id), []);
  return [open, setOpen];
}
