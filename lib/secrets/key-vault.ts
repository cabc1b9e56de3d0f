/**
 * A tiny key-value store only extension pages reach: the sealing key and what proves a sealed
 * value current live here. In the browser it is the extension origin's IndexedDB (content
 * scripts run with the page's origin, so they cannot open it); tests use `memoryVault`.
 * CryptoKey objects are structured-cloneable, so a non-extractable key is stored as is.
 */
export interface KeyVault {
  get(name: string): Promise<unknown>;
  put(name: string, value: unknown): Promise<void>;
  delete(name: string): Promise<void>;
  /** The value under `name`; `value` is stored first only when there is none (atomically). */
  getOrAdd(name: string, value: unknown): Promise<unknown>;
}

const STORE = 'vault';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB aborted'));
  });
}

/** The vault in `factory` (the extension's `indexedDB`), database `name`, opened on first use. */
export function indexedDbVault(factory: IDBFactory, name = 'webex-host-helper.secrets'): KeyVault {
  let database: Promise<IDBDatabase> | undefined;
  function db(): Promise<IDBDatabase> {
    database ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    }).catch((error: unknown) => {
      database = undefined;
      throw error;
    });
    return database;
  }
  async function write(run: (store: IDBObjectStore) => void): Promise<void> {
    const transaction = (await db()).transaction(STORE, 'readwrite');
    run(transaction.objectStore(STORE));
    await committed(transaction);
  }
  return {
    async get(key) {
      return done((await db()).transaction(STORE).objectStore(STORE).get(key));
    },
    put: (key, value) => write((store) => store.put(value, key)),
    delete: (key) => write((store) => store.delete(key)),
    async getOrAdd(key, value) {
      let found: unknown;
      await write((store) => {
        const request = store.get(key);
        request.onsuccess = () => {
          found = request.result;
          if (found === undefined) {
            store.put(value, key);
            found = value;
          }
        };
      });
      return found;
    },
  };
}

/** The same vault in memory, for tests. */
export function memoryVault(): KeyVault & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  return {
    entries,
    get: async (key) => entries.get(key),
    put: async (key, value) => void entries.set(key, value),
    delete: async (key) => void entries.delete(key),
    async getOrAdd(key, value) {
      if (!entries.has(key)) entries.set(key, value);
      return entries.get(key);
    },
  };
}
