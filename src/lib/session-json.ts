/**
 * Small helpers for state a tab keeps across reloads: JSON in sessionStorage, never localStorage
 * (closing the tab forgets it). Failures (storage disabled or full, bad JSON) are never fatal.
 */
export function readSessionJson(key: string, storage: Storage = sessionStorage): unknown {
  try {
    const raw = storage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

export function writeSessionJson(
  key: string,
  value: unknown,
  storage: Storage = sessionStorage,
): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Full or disabled: the state still works until the tab reloads.
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
