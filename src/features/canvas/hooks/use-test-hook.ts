import { useEffect } from 'react';
import { useCanvasSession } from '../session/session-context.ts';

/**
 * In e2e builds only (`vite build --mode e2e`), exposes `window.__leoCanvas` for the e2e tests and
 * the benchmark. The dynamic import is dropped from every other build.
 */
export function useTestHook(): void {
  const session = useCanvasSession();
  useEffect(() => {
    if (import.meta.env.MODE !== 'e2e') return;
    let uninstall: (() => void) | undefined;
    let cancelled = false;
    void import('../test-hook.ts').then((module) => {
      if (!cancelled) uninstall = module.installCanvasTestHook(session);
    });
    return () => {
      cancelled = true;
      uninstall?.();
    };
  }, [session]);
}
