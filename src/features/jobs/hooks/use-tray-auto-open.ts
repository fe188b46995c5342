import { useEffect, useRef, type RefObject } from 'react';
import { isActive, type JobRowModel } from '../lib/job-rows.ts';
import { useTrayUi } from '../store/tray-ui-store.ts';

/** How long the tray stays open after the last job finished, before it folds into its badge. */
export const COLLAPSE_AFTER_MS = 6_000;
/** While the pointer or focus is in the tray it never folds away under them: it looks again. */
const RECHECK_MS = 1_000;

/**
 * The tray opens by itself when a job starts (or is queued), and folds back into the header's
 * badge a few seconds after everything has finished, unless the user is in it. A tray the user
 * opened while nothing runs stays until they close it.
 */
export function useTrayAutoOpen(
  rows: readonly JobRowModel[],
  panel: RefObject<HTMLElement | null>,
): void {
  const setOpen = useTrayUi((state) => state.setOpen);
  const seen = useRef<Set<string> | null>(null);
  const wasActive = useRef(false);
  const activeKeys = rows.filter((row) => isActive(row.state)).map((row) => row.key);
  const signature = activeKeys.join('\n');
  const anyActive = activeKeys.length > 0;

  useEffect(() => {
    const keys = signature === '' ? [] : signature.split('\n');
    const known = seen.current;
    seen.current = new Set([...(known ?? []), ...keys]);
    // The first look (a reload) opens it for jobs still going; later, only a new one does.
    if (known === null ? keys.length > 0 : keys.some((key) => !known.has(key))) setOpen(true);
  }, [signature, setOpen]);

  useEffect(() => {
    const finishedNow = wasActive.current && !anyActive;
    wasActive.current = anyActive;
    if (!finishedNow) return;
    let timer: ReturnType<typeof setTimeout>;
    const inUse = () => {
      const element = panel.current;
      return !!element && (element.matches(':hover') || element.contains(document.activeElement));
    };
    const later = (ms: number) => {
      timer = setTimeout(() => (inUse() ? later(RECHECK_MS) : setOpen(false)), ms);
    };
    later(COLLAPSE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [anyActive, panel, setOpen]);
}
