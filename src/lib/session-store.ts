import { create } from 'zustand';

export interface Credentials {
  key: string;
  baseUrl: string;
}

interface PersistedSession {
  credentials: Credentials | null;
  /** The server last used, kept after signing out so the dialog offers it again (not secret). */
  lastBaseUrl: string | null;
}

interface SessionState extends PersistedSession {
  signIn: (credentials: Credentials) => void;
  signOut: () => void;
}

export const SESSION_STORAGE_KEY = 'leonardo-studio.session';

const EMPTY: PersistedSession = { credentials: null, lastBaseUrl: null };

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** Reads what this tab stored; anything unreadable or malformed counts as signed out. */
export function readStoredSession(storage: Storage = sessionStorage): PersistedSession {
  try {
    const raw = storage.getItem(SESSION_STORAGE_KEY);
    if (raw === null) return EMPTY;
    const parsed = JSON.parse(raw) as Partial<Record<keyof PersistedSession, unknown>>;
    const credentials = parsed.credentials as Partial<Credentials> | null | undefined;
    return {
      credentials:
        credentials && isString(credentials.key) && isString(credentials.baseUrl)
          ? { key: credentials.key, baseUrl: credentials.baseUrl }
          : null,
      lastBaseUrl: isString(parsed.lastBaseUrl) ? parsed.lastBaseUrl : null,
    };
  } catch {
    return EMPTY;
  }
}

function writeStoredSession({ credentials, lastBaseUrl }: PersistedSession): void {
  try {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ credentials, lastBaseUrl }));
  } catch {
    // Storage full or disabled: the session still works until the tab reloads.
  }
}

/**
 * Who is connected to which server. It lives in src/lib rather than in the connect feature
 * because every feature needs the credentials, and features do not import each other.
 *
 * Persisted to sessionStorage by hand (a few lines) rather than with zustand's `persist`, whose
 * default storage is localStorage: the key survives a reload of this tab and is forgotten when the
 * tab closes, as the connect dialog tells the user, and nothing here ever touches localStorage.
 */
export const useSessionStore = create<SessionState>()((set) => ({
  ...readStoredSession(),
  signIn: (credentials) => set({ credentials, lastBaseUrl: credentials.baseUrl }),
  signOut: () => set({ credentials: null }),
}));

useSessionStore.subscribe((state, previous) => {
  if (state.credentials !== previous.credentials || state.lastBaseUrl !== previous.lastBaseUrl) {
    writeStoredSession(state);
  }
});

/** Loads the stored session into the store again, as a reload would (used by tests). */
export function rehydrateSession(): void {
  useSessionStore.setState(readStoredSession());
}

export const selectCredentials = (state: SessionState) => state.credentials;
export const selectBaseUrl = (state: SessionState) => state.credentials?.baseUrl ?? null;
/** Non-reactive read for fetchers: the key is looked up at request time, never captured. */
export const getApiKey = (): string | null => useSessionStore.getState().credentials?.key ?? null;
