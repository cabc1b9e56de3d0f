import { describe, expect, it } from 'vitest';
import { generateSealingKey, isSealedBox, open, seal } from '../../../lib/secrets/crypto-box';

const { subtle } = globalThis.crypto;
const value = { ticket: 'ticket-1', meetings: [{ password: 'Pw1!', joinUrl: 'https://a/j' }] };

function flipped(base64: string, at: number): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  bytes[at] = bytes[at]! ^ 1;
  return btoa(String.fromCharCode(...bytes));
}

describe('crypto box', () => {
  it('round-trips a JSON value, with nothing of it in clear in the box', async () => {
    const key = await generateSealingKey(subtle);
    const box = await seal(globalThis.crypto, key, 'local:x', value);
    expect(isSealedBox(box)).toBe(true);
    expect(JSON.stringify(box)).not.toMatch(/ticket-1|Pw1!|https/);
    expect(await open(subtle, key, 'local:x', box)).toEqual(value);
  });

  it('uses a fresh IV each time, so the same value never seals to the same box', async () => {
    const key = await generateSealingKey(subtle);
    const a = await seal(globalThis.crypto, key, 'l', value);
    const b = await seal(globalThis.crypto, key, 'l', value);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });

  it('generates a key that cannot be exported', async () => {
    const key = await generateSealingKey(subtle);
    expect(key.extractable).toBe(false);
    await expect(subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('reads a tampered box as absent: a flipped bit in the data, in the IV, or a cut tag', async () => {
    const key = await generateSealingKey(subtle);
    const box = await seal(globalThis.crypto, key, 'l', value);
    const cut = btoa(atob(box.data).slice(0, -1));
    for (const bad of [
      { ...box, data: flipped(box.data, 0) },
      { ...box, data: flipped(box.data, atob(box.data).length - 1) },
      { ...box, iv: flipped(box.iv, 3) },
      { ...box, data: cut },
      { ...box, iv: 'not base64!' },
    ]) {
      expect(await open(subtle, key, 'l', bad)).toBeUndefined();
    }
  });

  it('refuses a box sealed for another label or with another key, and anything not a box', async () => {
    const key = await generateSealingKey(subtle);
    const box = await seal(globalThis.crypto, key, 'local:account.sealed', value);
    expect(await open(subtle, key, 'local:meetings.recent.sealed', box)).toBeUndefined();
    expect(await open(subtle, await generateSealingKey(subtle), 'local:account.sealed', box)).toBe(
      undefined,
    );
    for (const plain of [value, null, 'x', { sealed: 1, iv: 1, data: 'x' }]) {
      expect(await open(subtle, key, 'local:account.sealed', plain)).toBeUndefined();
    }
  });
});
