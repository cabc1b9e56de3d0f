import type { AccountView } from '../messaging';
import type { AccountKey, StoredAccount } from '../storage';
import type { AccountSession } from '../webex/types';
import type { BackgroundItems } from './environment';

export interface FoundAccount {
  account: StoredAccount;
  /** True when the ticket is kept on this device ("Keep me signed in"), false for session storage. */
  kept: boolean;
}

/** The signed-in account: session storage first, then the one kept (sealed) on this device. */
export async function loadAccount(items: BackgroundItems): Promise<FoundAccount | null> {
  const inSession = await items.sessionAccount.getValue();
  if (inSession) return { account: inSession, kept: false };
  const kept = await items.keptAccount.getValue();
  return kept ? { account: kept, kept: true } : null;
}

/**
 * True when a kept ticket is stored but was refused: it did not open (tampered with, or the
 * key is gone) or is not the latest one written here. The host is then signed out and told.
 */
export async function keptAccountRefused(items: BackgroundItems): Promise<boolean> {
  return (await items.keptAccount.read()).refused;
}

/** Writes the account to exactly one area and removes it from the other. */
export async function saveAccount(
  items: BackgroundItems,
  account: StoredAccount,
  kept: boolean,
): Promise<void> {
  const [target, other] = kept
    ? [items.keptAccount, items.sessionAccount]
    : [items.sessionAccount, items.keptAccount];
  await target.setValue(account);
  await other.removeValue();
}

export async function removeAccount(items: BackgroundItems): Promise<void> {
  await items.sessionAccount.removeValue();
  await items.keptAccount.removeValue();
}

/** After WebEx refused the ticket: remember it is over, so the UI asks for the password. */
export async function markTicketExpired(
  items: BackgroundItems,
  found: FoundAccount,
  now: number,
): Promise<void> {
  const session = found.account.session;
  const expired = { ...session, expiresAt: Math.min(session.expiresAt, now) };
  await saveAccount(items, { ...found.account, session: expired }, found.kept);
}

export function isTicketExpired(session: AccountSession, now: number): boolean {
  return now >= session.expiresAt;
}

export function accountKeyOf(session: Pick<AccountSession, 'site' | 'webExId'>): AccountKey {
  return { siteOrigin: session.site.origin, webExId: session.webExId };
}

export function sameAccount(a: AccountKey, b: AccountKey): boolean {
  return a.siteOrigin === b.siteOrigin && a.webExId.toLowerCase() === b.webExId.toLowerCase();
}

export function accountView(found: FoundAccount, now: number): AccountView {
  const { session, profile } = found.account;
  return {
    signedIn: true,
    api: session.api ?? 'xml',
    site: session.site,
    webExId: session.webExId,
    profile,
    keepSignedIn: found.kept,
    ticketExpired: isTicketExpired(session, now),
  };
}
