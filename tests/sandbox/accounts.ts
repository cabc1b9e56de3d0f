import { loadDefaultConfig } from './config.ts';

/** A sandbox host who signs in with a WebEx password (every host outside the SSO site). */
export interface SandboxAccount {
  /** The site name, e.g. `acme` for https://acme.webex.com. */
  site: string;
  webExId: string;
  /** The host's email address, which also signs in (the security context's `email`). */
  email: string;
  password: string;
}

function accountsFromSitesJson(): Record<string, SandboxAccount> {
  const accounts: Record<string, SandboxAccount> = {};
  for (const site of loadDefaultConfig().sites) {
    for (const host of site.hosts) {
      if (host.password === undefined) continue;
      accounts[host.webExId] = {
        site: site.name,
        webExId: host.webExId,
        email: host.email,
        password: host.password,
      };
    }
  }
  return accounts;
}

const accounts = accountsFromSitesJson();

function account(webExId: string): SandboxAccount {
  const found = accounts[webExId];
  if (found === undefined) throw new Error(`tests/sandbox/sites.json has no host "${webExId}"`);
  return found;
}

/**
 * The sandbox's password accounts, read from sites.json: the one place their passwords are
 * written. `SANDBOX_ACCOUNTS.alice.password`.
 */
export const SANDBOX_ACCOUNTS = {
  alice: account('alice'),
  bob: account('bob'),
  dana: account('dana'),
  erin: account('erin'),
} as const;
