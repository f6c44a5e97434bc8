/**
 * Where the workspace persists between visits: a small key-value interface, kept in
 * the browser's IndexedDB through idb-keyval, or in memory for tests.
 */
import { clear, createStore, delMany, keys, setMany, get } from 'idb-keyval';

/** A key-value store for the workspace; setMany is all-or-nothing. */
export interface WorkspaceStore {
  /** The value under a key, or undefined. */
  get(key: string): Promise<unknown>;
  /** Writes several entries in one transaction. */
  setMany(entries: readonly (readonly [string, unknown])[]): Promise<void>;
  /** Removes several keys. */
  delMany(keys: readonly string[]): Promise<void>;
  /** Every key in the store. */
  keys(): Promise<string[]>;
  /** Removes every key. */
  clear(): Promise<void>;
}

/** A store kept in memory: for tests, and as a fallback when IndexedDB is refused. */
export function memoryWorkspaceStore(): WorkspaceStore {
  const entries = new Map<string, unknown>();
  return {
    get: (key) => Promise.resolve(entries.get(key)),
    setMany: (items) => {
      for (const [key, value] of items) entries.set(key, value);
      return Promise.resolve();
    },
    delMany: (names) => {
      for (const key of names) entries.delete(key);
      return Promise.resolve();
    },
    keys: () => Promise.resolve([...entries.keys()]),
    clear: () => {
      entries.clear();
      return Promise.resolve();
    },
  };
}

/** A store in this browser's IndexedDB, in its own database so clearing it touches nothing else. */
export function indexedDBWorkspaceStore(
  databaseName = 'outcomestat-workspace',
  storeName = 'workspace',
): WorkspaceStore {
  const store = createStore(databaseName, storeName);
  return {
    get: (key) => get<unknown>(key, store),
    setMany: (items) =>
      setMany(
        items.map(([key, value]) => [key, value]),
        store,
      ),
    delMany: (names) => delMany([...names], store),
    keys: async () => (await keys(store)).map(String),
    clear: () => clear(store),
  };
}

/**
 * Asks the browser not to evict the workspace under storage pressure; false when
 * refused or unsupported, in which case the browser may clear it (Safari does after
 * seven days without a visit).
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  return navigator.storage.persist();
}
