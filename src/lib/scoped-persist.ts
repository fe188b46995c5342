import { createJSONStorage, type PersistOptions, type StateStorage } from 'zustand/middleware';
import { getSessionScope, selectScope, useSessionStore } from './session-store.ts';
import { tabStorage } from './tab-storage.ts';

/** The sessionStorage key of a store's state for one scope (one server and one user). */
export const scopedKey = (name: string, scope: string) => `${name}@${encodeURIComponent(scope)}`;

function readable(raw: string | null): string | null {
  if (raw === null) return null;
  try {
    JSON.parse(raw);
    return raw;
  } catch {
    // Unreadable counts as nothing stored: the store starts from its defaults.
    return null;
  }
}

/**
 * A store's `name` stands for its key under whoever is signed in now, so each user's state is
 * kept apart. Signed out, nothing is read or written.
 */
const scopedStorage: StateStorage = {
  getItem(name) {
    const scope = getSessionScope();
    return scope ? readable(tabStorage.getItem(scopedKey(name, scope)) as string | null) : null;
  },
  setItem(name, value) {
    const scope = getSessionScope();
    if (scope) void tabStorage.setItem(scopedKey(name, scope), value);
  },
  removeItem(name) {
    const scope = getSessionScope();
    if (scope) void tabStorage.removeItem(scopedKey(name, scope));
  },
};

interface ScopedPersistInit<T, P> {
  name: string;
  /** The state a user starts with; also what is left in memory after signing out. */
  empty: P;
  /** Checks what was stored field by field; anything malformed takes its default. */
  parse: (stored: unknown) => P;
  partialize: (state: T) => P;
}

/** persist() options for a store kept per scope, in this tab's sessionStorage. */
export function scopedPersist<T, P>(init: ScopedPersistInit<T, P>): PersistOptions<T, P> {
  return {
    name: init.name,
    version: 1,
    storage: createJSONStorage<P>(() => scopedStorage),
    partialize: init.partialize,
    // Nothing stored (a user's first visit, or no one signed in): the defaults, never what the
    // previous user left in memory.
    merge: (stored, current) => ({
      ...current,
      ...(stored === undefined ? init.empty : init.parse(stored)),
    }),
  };
}

interface Rehydratable {
  persist: { rehydrate: () => Promise<void> | void };
}

/**
 * Reloads a scoped store whenever the scope changes: at sign-out it drops to its defaults, at
 * sign-in it brings back that user's own state. The session store notifies synchronously, so
 * nothing renders in between with the previous user's state.
 */
export function followScope(store: Rehydratable): () => void {
  return useSessionStore.subscribe((state, previous) => {
    if (selectScope(state) !== selectScope(previous)) void store.persist.rehydrate();
  });
}
