import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { tabStorage } from './tab-storage.ts';

export interface Credentials {
  key: string;
  baseUrl: string;
}

export interface SignIn extends Credentials {
  /** The user the key belongs to (GET /me → `user_details[0].user.id`). */
  userId: string;
}

interface SessionData {
  credentials: Credentials | null;
  /** Set with the credentials: with the base URL it names the scope of everything kept. */
  userId: string | null;
  /** The server last used, kept after signing out so the dialog offers it again (not secret). */
  lastBaseUrl: string | null;
}

interface SessionState extends SessionData {
  signIn: (session: SignIn) => void;
  signOut: () => void;
}

export const SESSION_STORAGE_KEY = 'leonardo-studio.session';

const EMPTY: SessionData = { credentials: null, userId: null, lastBaseUrl: null };

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** What this tab stored, checked field by field: anything malformed counts as signed out. */
export function parseStoredSession(stored: unknown): SessionData {
  if (typeof stored !== 'object' || stored === null) return EMPTY;
  const { credentials, userId, lastBaseUrl } = stored as Record<string, unknown>;
  const creds = credentials as Partial<Credentials> | null | undefined;
  const signedIn = !!creds && isString(creds.key) && isString(creds.baseUrl) && isString(userId);
  return {
    credentials: signedIn ? { key: creds.key!, baseUrl: creds.baseUrl! } : null,
    userId: signedIn ? (userId as string) : null,
    lastBaseUrl: isString(lastBaseUrl) ? lastBaseUrl : null,
  };
}

/**
 * Who is connected to which server. It lives in src/lib because every feature needs the
 * credentials. Kept in this tab's sessionStorage (zustand's persist, pointed away from its
 * localStorage default): the session survives a reload of the tab and is forgotten when the
 * tab closes, as the connect dialog tells the user.
 */
export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      ...EMPTY,
      signIn: ({ key, baseUrl, userId }) =>
        set({ credentials: { key, baseUrl }, userId, lastBaseUrl: baseUrl }),
      signOut: () => set({ credentials: null, userId: null }),
    }),
    {
      name: SESSION_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => tabStorage),
      partialize: ({ credentials, userId, lastBaseUrl }) => ({ credentials, userId, lastBaseUrl }),
      merge: (stored, current) => ({ ...current, ...parseStoredSession(stored) }),
    },
  ),
);

/** Loads the stored session into the store again, as a reload would (used by tests). */
export function rehydrateSession(): void {
  void useSessionStore.persist.rehydrate();
}

/** One server and one user: everything the studio keeps is kept under this. */
export const scopeOf = (baseUrl: string, userId: string) => `${baseUrl}\n${userId}`;

export const selectCredentials = (state: SessionState) => state.credentials;
export const selectBaseUrl = (state: SessionState) => state.credentials?.baseUrl ?? null;
export const selectUserId = (state: SessionState) => (state.credentials ? state.userId : null);
/** `${baseUrl}\n${userId}` while signed in, null otherwise. */
export const selectScope = (state: SessionState) =>
  state.credentials && state.userId ? scopeOf(state.credentials.baseUrl, state.userId) : null;

export const useSessionScope = () => useSessionStore(selectScope);
/** Non-reactive read for fetchers: the key is looked up at request time, never captured. */
export const getApiKey = (): string | null => useSessionStore.getState().credentials?.key ?? null;
export const getSessionScope = (): string | null => selectScope(useSessionStore.getState());
