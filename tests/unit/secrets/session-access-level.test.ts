import { describe, expect, it, vi } from 'vitest';
import { keepSessionStorageTrusted } from '../../../lib/secrets/session-access-level';

describe('keepSessionStorageTrusted', () => {
  it('asks for TRUSTED_CONTEXTS, closing session storage to content scripts', async () => {
    const setAccessLevel = vi.fn(async () => undefined);
    await keepSessionStorageTrusted({ setAccessLevel });
    expect(setAccessLevel).toHaveBeenCalledExactlyOnceWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('goes on where the setter is missing (Firefox) or refuses', async () => {
    await expect(keepSessionStorageTrusted({})).resolves.toBeUndefined();
    await expect(keepSessionStorageTrusted(undefined)).resolves.toBeUndefined();
    const refusing = { setAccessLevel: vi.fn(async () => Promise.reject(new Error('no'))) };
    await expect(keepSessionStorageTrusted(refusing)).resolves.toBeUndefined();
  });
});
