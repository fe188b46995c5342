import { createStore, getMany, keys, promisifyRequest, type UseStore } from 'idb-keyval';

/**
 * The canvas's IndexedDB database for one scope (server and user): one database each, so one
 * user's work is never read while another is signed in, and signing in again finds it whole.
 * Never localStorage: the canvas keeps megabytes of pixels.
 */
export interface ScopeDb {
  store: UseStore;
  get<T = unknown>(key: string): Promise<T | undefined>;
  getMany<T = unknown>(keys: string[]): Promise<Array<T | undefined>>;
  keys(): Promise<string[]>;
  /** Every record whose key starts with `prefix`, with its key, in one request. */
  withPrefix<T = unknown>(prefix: string): Promise<Array<[string, T]>>;
  /** Writes and deletes in one transaction: all of them land, or none. */
  write(puts: ReadonlyArray<[string, unknown]>, deletes: Iterable<string>): Promise<void>;
}

export const scopeDbName = (scope: string) => `leonardo-studio-canvas ${encodeURIComponent(scope)}`;

export function openScopeDb(scope: string): ScopeDb {
  const store = createStore(scopeDbName(scope), 'state');
  return {
    store,
    get: async <T>(key: string) => (await getMany<T>([key], store))[0],
    getMany: <T>(list: string[]) =>
      list.length === 0 ? Promise.resolve([]) : getMany<T>(list, store),
    keys: async () => (await keys(store)).filter((key): key is string => typeof key === 'string'),
    withPrefix: <T>(prefix: string) =>
      store('readonly', async (objects) => {
        // Keys are strings: everything from the prefix up to the prefix followed by the
        // highest character is what starts with it.
        const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
        const [names, values] = await Promise.all([
          promisifyRequest(objects.getAllKeys(range)),
          promisifyRequest(objects.getAll(range)),
        ]);
        return names.map((name, i) => [String(name), values[i] as T] as [string, T]);
      }),
    write: (puts, deletes) =>
      store('readwrite', (objects) => {
        for (const key of deletes) objects.delete(key);
        for (const [key, value] of puts) objects.put(value, key);
        return promisifyRequest(objects.transaction);
      }),
  };
}
