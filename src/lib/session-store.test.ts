import { describe, expect, it } from 'vitest';
import {
  SESSION_STORAGE_KEY,
  getApiKey,
  parseStoredSession,
  rehydrateSession,
  scopeOf,
  selectScope,
  useSessionStore,
} from './session-store.ts';

const BASE = 'http://127.0.0.1:8787/api/rest/v1';
const session = { key: 'k-123', baseUrl: BASE, userId: 'u-1' };
const stored = () => JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY) ?? '{}');

describe('session store', () => {
  it('keeps the key, server and user in sessionStorage, and forgets key and user on sign-out', () => {
    useSessionStore.getState().signIn(session);
    expect(stored().state).toEqual({
      credentials: { key: 'k-123', baseUrl: BASE },
      userId: 'u-1',
      lastBaseUrl: BASE,
    });
    expect(getApiKey()).toBe('k-123');
    expect(selectScope(useSessionStore.getState())).toBe(`${BASE}\nu-1`);
    expect(scopeOf(BASE, 'u-1')).toBe(`${BASE}\nu-1`);

    useSessionStore.getState().signOut();
    expect(getApiKey()).toBeNull();
    expect(selectScope(useSessionStore.getState())).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).not.toContain('k-123');
    expect(stored().state).toMatchObject({ userId: null, lastBaseUrl: BASE });
  });

  it('restores the stored session, as after a reload', () => {
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({
        state: { credentials: { key: 'k-123', baseUrl: BASE }, userId: 'u-1', lastBaseUrl: BASE },
        version: 1,
      }),
    );
    rehydrateSession();
    expect(useSessionStore.getState()).toMatchObject({
      credentials: { key: 'k-123', baseUrl: BASE },
      userId: 'u-1',
    });
  });

  it('treats unreadable or malformed storage as signed out', () => {
    for (const value of [
      'x',
      null,
      { credentials: { key: 1, baseUrl: 'x' }, userId: 'u' },
      // A key without its user (as an older studio stored it) is not a session either.
      { credentials: { key: 'k', baseUrl: BASE }, lastBaseUrl: BASE },
    ]) {
      expect(parseStoredSession(value), JSON.stringify(value)).toMatchObject({
        credentials: null,
        userId: null,
      });
    }
    sessionStorage.setItem(SESSION_STORAGE_KEY, '{');
    rehydrateSession();
    expect(useSessionStore.getState().credentials).toBeNull();
  });
});
