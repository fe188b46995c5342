import { beforeEach, describe, expect, it } from 'vitest';
import {
  SESSION_STORAGE_KEY,
  getApiKey,
  readStoredSession,
  rehydrateSession,
  useSessionStore,
} from './session-store.ts';

const credentials = { key: 'k-123', baseUrl: 'http://127.0.0.1:8787/api/rest/v1' };

beforeEach(() => {
  useSessionStore.setState({ credentials: null, lastBaseUrl: null });
});

describe('session store', () => {
  it('writes sign-in to sessionStorage and forgets only the key on sign-out', () => {
    useSessionStore.getState().signIn(credentials);
    expect(JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY)!)).toEqual({
      credentials,
      lastBaseUrl: credentials.baseUrl,
    });
    expect(getApiKey()).toBe('k-123');

    useSessionStore.getState().signOut();
    expect(getApiKey()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).not.toContain('k-123');
    expect(readStoredSession().lastBaseUrl).toBe(credentials.baseUrl);
  });

  it('restores the stored session, as after a reload', () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ credentials, lastBaseUrl: null }));
    rehydrateSession();
    expect(useSessionStore.getState().credentials).toEqual(credentials);
  });

  it('treats unreadable or malformed storage as signed out', () => {
    for (const raw of [
      '{',
      '"x"',
      'null',
      JSON.stringify({ credentials: { key: 1, baseUrl: 'x' } }),
    ]) {
      sessionStorage.setItem(SESSION_STORAGE_KEY, raw);
      expect(readStoredSession(), raw).toEqual({ credentials: null, lastBaseUrl: null });
    }
  });
});
