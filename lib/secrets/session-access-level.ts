/** The part of `storage.session` that sets who may use it (Chrome 102+; Firefox lacks it). */
export interface SessionStorageArea {
  setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void>;
}

/**
 * States that session storage (the ticket without "Keep me signed in", the last schedule job)
 * is for extension pages only. TRUSTED_CONTEXTS is Chrome's default; saying it here keeps it
 * so if a later change (or a default) would open it to content scripts. Firefox never exposes
 * `storage.session` to content scripts and has no setter. Never throws: start-up goes on.
 */
export async function keepSessionStorageTrusted(area: SessionStorageArea | undefined) {
  try {
    await area?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch {
    // Only TRUSTED_CONTEXTS is ever asked for, which is also the default.
  }
}
