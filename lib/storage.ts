import { storage } from 'wxt/utils/storage';

/**
 * Every stored value of the extension, defined once, typed, with a fallback and a version.
 * Never store a password here: only the session ticket (session storage by default, local
 * only when the host asks to stay signed in).
 */

// --- account & scheduling -----------------------------------------------------------------

// --- explainer -------------------------------------------------------------------------------

export { storage };
