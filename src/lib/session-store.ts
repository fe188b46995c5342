import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export interface Credentials {
  key: string;
  baseUrl: string;
}

interface SessionState {
  credentials: Credentials | null;
  /** The server last used, kept after signing out so the dialog offers it again (not secret). */
  lastBaseUrl: string | null;
  signIn: (credentials: Credentials) => void;
  signOut: () => void;
}

export const SESSION_STORAGE_KEY = 'leonardo-studio.session';

/**
 * Who is connected to which server. It lives here rather than in the connect feature because every
 * feature needs the credentials and features do not import each other.
 *
 * sessionStorage only: the key survives a reload of this tab and is forgotten when the tab closes,
 * as the connect dialog tells the user. Never localStorage, which every tab and restart would share.
 */
export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      credentials: null,
      lastBaseUrl: null,
      signIn: (credentials) => set({ credentials, lastBaseUrl: credentials.baseUrl }),
      signOut: () => set({ credentials: null }),
    }),
    {
      name: SESSION_STORAGE_KEY,
      storage: createJSONStorage(() => sessionStorage),
      partialize: ({ credentials, lastBaseUrl }) => ({ credentials, lastBaseUrl }),
      version: 1,
    },
  ),
);

export const selectCredentials = (state: SessionState) => state.credentials;
export const selectBaseUrl = (state: SessionState) => state.credentials?.baseUrl ?? null;
/** Non-reactive read for fetchers: the key is looked up at request time, never captured. */
export const getApiKey = (): string | null => useSessionStore.getState().credentials?.key ?? null;
