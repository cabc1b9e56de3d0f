/**
 * AES-GCM sealing of JSON values with a non-extractable key (WebCrypto). The sealed form is
 * what `storage.local` holds: content scripts can read and overwrite it, but without the key
 * (kept in the extension origin's IndexedDB, `lib/secrets/key-vault.ts`) they can neither read
 * it nor forge one that opens.
 */

/** What is stored: format version, a fresh 96-bit IV per seal, the ciphertext with its tag. */
export interface SealedBox {
  sealed: 1;
  /** Base64 of the 12-byte IV; also the seal's identity for the freshness check. */
  iv: string;
  /** Base64 of AES-GCM's output (ciphertext followed by the 128-bit tag). */
  data: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A new AES-GCM 256 key that can encrypt and decrypt but never be exported. */
export function generateSealingKey(subtle: SubtleCrypto): Promise<CryptoKey> {
  return subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** True for a value shaped like a SealedBox (it may still fail to open). */
export function isSealedBox(value: unknown): value is SealedBox {
  if (typeof value !== 'object' || value === null) return false;
  const box = value as Record<string, unknown>;
  return box.sealed === 1 && typeof box.iv === 'string' && typeof box.data === 'string';
}

/**
 * Encrypts `JSON.stringify(value)`. `label` (e.g. the storage key) is bound in as associated
 * data, so a box sealed for one item never opens as another.
 */
export async function seal(
  crypto: Crypto,
  key: CryptoKey,
  label: string,
  value: unknown,
): Promise<SealedBox> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(label) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { sealed: 1, iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/**
 * The value inside `box`, or `undefined` when it does not open: not a box, tampered with,
 * sealed for another label or with another key. Never throws.
 */
export async function open(
  subtle: SubtleCrypto,
  key: CryptoKey,
  label: string,
  box: unknown,
): Promise<unknown> {
  if (!isSealedBox(box)) return undefined;
  try {
    const iv = fromBase64(box.iv);
    if (iv.length !== 12) return undefined;
    const plain = await subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: encoder.encode(label) },
      key,
      fromBase64(box.data),
    );
    return JSON.parse(decoder.decode(plain)) as unknown;
  } catch {
    return undefined;
  }
}
