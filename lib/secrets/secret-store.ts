import { generateSealingKey, isSealedBox, open, seal, type SealedBox } from './crypto-box';
import type { KeyVault } from './key-vault';

/**
 * Values kept in `storage.local` (which content scripts can read and write) sealed with the
 * vault's key, and checked for freshness against the vault: a box that does not open, was
 * sealed for another item, or is not the latest one written here (a replayed old copy) reads
 * as absent, never as data.
 */

/** The part of a WXT storage item used here (`lib/storage.ts` defines the items). */
export interface StoredValue<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
}

/** What a sealed item read: the value (or the fallback), and whether something was refused. */
export interface SealedRead<T> {
  value: T;
  /** True when a stored box was there but did not open or was not current. */
  refused: boolean;
}

/** A stored value sealed at rest; `getValue` answers the fallback for anything refused. */
export interface SealedItem<T> extends StoredValue<T> {
  read(): Promise<SealedRead<T>>;
}

/** Where the key lives (the extension origin's IndexedDB) and WebCrypto. */
export interface SecretEnv {
  vault: KeyVault;
  crypto: Crypto;
}

/** How one sealed item is stored, and the plain item of earlier versions it replaces. */
export interface SealedItemSpec<T> {
  /** The storage item holding the box, e.g. `local:account.sealed`; also the box's label. */
  box: StoredValue<SealedBox | null>;
  label: string;
  fallback: T;
  /** The plain item of earlier versions: read once, sealed, then removed. */
  legacy?: StoredValue<T | null>;
}

const KEY = 'sealing-key';
const MIGRATED = 'migrated-plain-values';
const latestName = (label: string) => `latest:${label}`;

function once<T>(run: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  return () => {
    running ??= run().catch((error: unknown) => {
      running = undefined;
      throw error;
    });
    return running;
  };
}

/** One after the other: a read never sees a box whose freshness mark is still being written. */
function serial() {
  let chain: Promise<unknown> = Promise.resolve();
  return <T>(run: () => Promise<T>): Promise<T> => {
    const next = chain.then(run, run);
    chain = next.catch(() => undefined);
    return next;
  };
}

/** The sealed items' factory, sharing one key and one migration of plain values. */
export function createSecretStore(env: SecretEnv) {
  const { vault, crypto } = env;
  const key = once(async () => {
    const kept = await vault.get(KEY);
    if (kept) return kept as CryptoKey;
    return (await vault.getOrAdd(KEY, await generateSealingKey(crypto.subtle))) as CryptoKey;
  });
  const migrations: (() => Promise<void>)[] = [];
  // The mark lives in the vault, out of content scripts' reach: a plain value written into
  // storage after the one migration is never taken for the host's.
  const migrated = once(async () => {
    if (await vault.get(MIGRATED)) return;
    for (const migrate of migrations) await migrate();
    await vault.put(MIGRATED, true);
  });

  function item<T>(spec: SealedItemSpec<T>): SealedItem<T> {
    const { box, label, fallback, legacy } = spec;
    const inTurn = serial();

    async function write(value: T): Promise<void> {
      const sealed = await seal(crypto, await key(), label, value);
      await vault.put(latestName(label), sealed.iv);
      await box.setValue(sealed);
    }
    async function remove(): Promise<void> {
      await box.removeValue();
      await vault.delete(latestName(label));
    }
    async function readNow(): Promise<SealedRead<T>> {
      const stored = await box.getValue();
      if (stored === null || stored === undefined) return { value: fallback, refused: false };
      let value: unknown;
      try {
        const latest = await vault.get(latestName(label));
        if (isSealedBox(stored) && stored.iv === latest) {
          value = await open(crypto.subtle, await key(), label, stored);
        }
      } catch {
        // The vault cannot be reached (e.g. IndexedDB off in this profile): nothing is trusted.
        value = undefined;
      }
      return value === undefined
        ? { value: fallback, refused: true }
        : { value: value as T, refused: false };
    }

    if (legacy) {
      migrations.push(() =>
        inTurn(async () => {
          const plain = await legacy.getValue();
          if (plain !== null && plain !== undefined && (await box.getValue()) === null) {
            await write(plain);
          }
          await legacy.removeValue();
        }),
      );
    }

    // A migration that cannot run leaves nothing readable either: readNow refuses then.
    const ready = () => migrated().catch(() => undefined);
    return {
      read: async () => (await ready(), inTurn(readNow)),
      getValue: async () => (await ready(), (await inTurn(readNow)).value),
      setValue: async (value) => (await migrated(), inTurn(() => write(value))),
      removeValue: async () => (await migrated(), inTurn(remove)),
    };
  }

  return { item };
}
