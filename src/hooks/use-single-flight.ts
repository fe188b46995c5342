import { useCallback, useRef, useState } from 'react';

/**
 * One request at a time for an action that costs tokens: `run` starts the task unless one is
 * already under way, and `busy` is true from the first activation until it settles. The guard is
 * a ref, set before anything renders, so a second click in the same frame (a double-click, or
 * Enter pressed twice) is ignored in code, not only by a disabled button.
 */
export function useSingleFlight() {
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = useCallback((task: () => Promise<unknown>): boolean => {
    if (inFlight.current) return false;
    inFlight.current = true;
    setBusy(true);
    void task()
      // The caller shows failures (a mutation keeps its error); here only the guard is released.
      .catch(() => {})
      .finally(() => {
        inFlight.current = false;
        setBusy(false);
      });
    return true;
  }, []);
  return { busy, run };
}

/** How long the second click of a double-click may come after the first. */
export const DOUBLE_CLICK_MS = 500;

/**
 * For a task answered at once (a request put in the studio's queue rather than sent), which
 * would free the guard before the second click of a double-click lands: awaited at the task's
 * end, it keeps the guard that long.
 */
export const outlastDoubleClick = () =>
  new Promise<void>((resolve) => setTimeout(resolve, DOUBLE_CLICK_MS));
