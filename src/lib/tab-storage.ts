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
