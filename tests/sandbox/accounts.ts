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

/** A sandbox person of the REST API (webexapis.com), from sites.json's `restAccounts`. */
export interface SandboxRestAccount {
  email: string;
  /** Typed into the sandbox's Sign in with Webex page. */
  password: string;
  /** Fixed personal access token: valid 12 hours from the sandbox's start or reset. */
  personalAccessToken: string;
  /** `acme.webex.com` style, the default (first hosting) site first. */
  hostSites: string[];
}

function restAccount(id: string): SandboxRestAccount {
  const found = loadDefaultConfig().restAccounts?.find((account) => account.id === id);
  if (found === undefined) throw new Error(`tests/sandbox/sites.json has no REST account "${id}"`);
  return {
    email: found.email,
    password: found.password,
    personalAccessToken: found.personalAccessToken,
    hostSites: found.sites
      .filter((entry) => entry.role === 'host')
      .map((entry) => `${entry.site}.webex.com`),
  };
}

/**
 * The sandbox's REST accounts: `gina` hosts on acme; `hugo` hosts on retired (a REST-only
 * site) and only attends on acme. `SANDBOX_REST_ACCOUNTS.gina.personalAccessToken`.
 */
export const SANDBOX_REST_ACCOUNTS = {
  gina: restAccount('gina'),
  hugo: restAccount('hugo'),
} as const;
