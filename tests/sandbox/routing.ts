import { findSite, type SandboxConfig, type SiteConfig } from './config.ts';

export type HostTarget =
  | { kind: 'site'; site: SiteConfig }
  | { kind: 'loopback' }
  | { kind: 'extra' }
  /** webexapis.com: the REST API and its OAuth endpoints. */
  | { kind: 'rest' }
  /** A `NAME.webex.com` name no site has: WebEx sends it on to its own home page. */
  | { kind: 'unknown-site' }
  /** `www.webex.com`, where unknown site names land. */
  | { kind: 'webex-home' }
  | { kind: 'unknown' };

/** The REST API's host (design.md: `https://webexapis.com/v1`). */
export const REST_HOST = 'webexapis.com';

/** Where WebEx sends a site name it does not know (sandbox choice: see README). */
export const WEBEX_HOME = 'https://www.webex.com/';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** What a Host name means: a WebEx site, webexapis.com, the loopback (site from the path), an extra host. */
export function resolveHost(host: string, config: SandboxConfig): HostTarget {
  if (LOOPBACK.has(host)) return { kind: 'loopback' };
  if (host === REST_HOST) return { kind: 'rest' };
  if (host === 'www.webex.com') return { kind: 'webex-home' };
  const match = /^([a-z0-9-]+)\.webex\.com$/.exec(host);
  const site = match ? findSite(config, match[1]) : undefined;
  if (site) return { kind: 'site', site };
  if (match) return { kind: 'unknown-site' };
  if (config.extraHosts.includes(host)) return { kind: 'extra' };
  return { kind: 'unknown' };
}

export type SitePage = 'p.php' | 'm.php' | 'e.php' | 'j.php' | 'backurl-test.html';
const SITE_PAGE = /^\/([a-z0-9-]+)\/(p\.php|m\.php|e\.php|j\.php|backurl-test\.html)$/;

/** /SITE/page, only on SITE's own host (or the loopback). */
export function resolveSitePage(
  path: string,
  target: HostTarget,
  config: SandboxConfig,
): { site: SiteConfig; page: SitePage } | undefined {
  const match = SITE_PAGE.exec(path);
  const site = match ? findSite(config, match[1]) : undefined;
  if (!match || !site) return undefined;
  if (target.kind === 'site' ? target.site !== site : target.kind !== 'loopback') return undefined;
  return { site, page: match[2] as SitePage };
}
