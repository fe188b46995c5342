import type { StateStorage } from 'zustand/middleware';

/**
 * This tab's sessionStorage for zustand's persist, never localStorage: closing the tab forgets
 * it. A full or disabled storage is never fatal: the state still works until the tab reloads.
 */
export const tabStorage: StateStorage = {
  getItem(name) {
    try {
      return sessionStorage.getItem(name);
    } catch {
      return null;
    }
  },
  setItem(name, value) {
    try {
      sessionStorage.setItem(name, value);
    } catch {
      // Full or disabled: nothing to do but carry on in memory.
    }
  },
  removeItem(name) {
    try {
      sessionStorage.removeItem(name);
    } catch {
      // As above.
    }
  },
};

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads JSON a tab stored under `key`; missing, unreadable or malformed JSON is undefined. */
export function readTabJson(key: string, storage: Storage = sessionStorage): unknown {
  try {
    const raw = storage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/** Writes JSON under `key`; a full or disabled storage is never fatal. */
export function writeTabJson(key: string, value: unknown, storage: Storage = sessionStorage): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Full or disabled: the state still works until the tab reloads.
  }
}
