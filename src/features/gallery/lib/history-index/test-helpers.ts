import type { HistoryIndex } from './history-index.ts';
import type { IndexProgress } from './progress.ts';
import type { VisibilitySource } from './visibility.ts';

let scopes = 0;
/** A scope of its own for each test: separate databases, as for separate users. */
export const freshScope = () => `http://127.0.0.1:8787/api/rest/v1\nuser-${++scopes}-${Date.now()}`;

/** Resolves once the index's progress satisfies `predicate` (checked on every change). */
export function waitFor(
  index: HistoryIndex,
  predicate: (progress: IndexProgress) => boolean,
): Promise<IndexProgress> {
  return new Promise((resolve) => {
    const check = () => {
      const progress = index.getProgress();
      if (!predicate(progress)) return;
      unsubscribe();
      resolve(progress);
    };
    const unsubscribe = index.subscribe(check);
    check();
  });
}

/** A tab that can be hidden and shown again. */
export function fakeVisibility(hidden = false) {
  const listeners = new Set<() => void>();
  const source: VisibilitySource & { set(hidden: boolean): void } = {
    isHidden: () => hidden,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      hidden = next;
      for (const listener of [...listeners]) listener();
    },
  };
  return source;
}
