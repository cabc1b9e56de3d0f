import { findSite, type SandboxConfig, type SiteConfig } from './config.ts';

export type HostTarget =
  | { kind: 'site'; site: SiteConfig }
  | { kind: 'loopback' }
  | { kind: 'extra' }
  /** webexapis.com: the REST API and its OAuth endpoints. */
  | { kind: 'rest' }
  | { kind: 'unknown' };

/** The REST API's host (design.md: `https://webexapis.com/v1`). */
export const REST_HOST = 'webexapis.com';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** What a Host name means: a WebEx site, webexapis.com, the loopback (site from the path), an extra host. */
export function resolveHost(host: string, config: SandboxConfig): HostTarget {
  if (LOOPBACK.has(host)) return { kind: 'loopback' };
  if (host === REST_HOST) return { kind: 'rest' };
  const match = /^([a-z0-9-]+)\.webex\.com$/.exec(host);
  const site = match ? findSite(config, match[1]) : undefined;
  if (site) return { kind: 'site', site };
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
