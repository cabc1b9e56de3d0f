import { t } from '../i18n';
import { parseUrl } from '../url';
import { webExLookalike } from './site-lookalike';
import type { WebExSite } from './types';

export type SiteInputResult =
  | {
      ok: true;
      site: WebExSite;
      /**
       * True for an address outside *.webex.com: the extension needs an optional host
       * permission for that origin before it can reach it.
       */
      needsPermission: boolean;
    }
  | { ok: false; problem: string };

const SITE_NAME = /^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$/i;
const WEBEX_DOMAIN = 'webex.com';
// webex.com hosts that are WebEx's own services, not a company's meeting site.
const NOT_A_MEETING_SITE = new Set([
  'www',
  'web',
  'signin',
  'idbroker',
  'admin',
  'settings',
  'help',
  'help-center',
  'developer',
  'api',
  'meet',
  'cart',
]);

/** "Enter your WebEx site as acme, acme.webex.com or a link from it." */
function example(): string {
  return t('webex.site.example');
}

function problem(text: string): SiteInputResult {
  return { ok: false, problem: text };
}

function webExSite(name: string): SiteInputResult {
  const lower = name.toLowerCase();
  return {
    ok: true,
    site: { name: lower, origin: `https://${lower}.${WEBEX_DOMAIN}` },
    needsPermission: false,
  };
}

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

function parseSiteUrl(text: string): URL | undefined {
  return parseUrl(HAS_SCHEME.test(text) ? text : `https://${text}`);
}

function firstPathSegment(url: URL): string {
  const segment = url.pathname.split('/')[1] ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function isIpAddress(hostname: string): boolean {
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[');
}

function fromWebExHost(hostname: string): SiteInputResult {
  const labels = hostname.slice(0, -(WEBEX_DOMAIN.length + 1)).split('.');
  const name = labels[0] ?? '';
  if (hostname === WEBEX_DOMAIN || NOT_A_MEETING_SITE.has(name)) {
    return problem(t('webex.site.webExOwnPage', { host: hostname }));
  }
  if (!SITE_NAME.test(name))
    return problem(t('webex.site.invalidName', { name, example: example() }));
  return webExSite(name);
}

function fromOtherHost(url: URL): SiteInputResult {
  const meant = webExLookalike(url.hostname.toLowerCase());
  if (meant !== undefined) return problem(t('webex.site.didYouMean', { host: url.host, meant }));
  if (url.protocol !== 'https:') {
    return problem(t('webex.site.needsHttps', { host: url.host }));
  }
  const firstSegment = firstPathSegment(url);
  const firstLabel = isIpAddress(url.hostname) ? '' : (url.hostname.split('.')[0] ?? '');
  const name = firstSegment !== '' ? firstSegment : firstLabel;
  if (name === '') {
    return problem(t('webex.site.addSiteName', { host: url.host }));
  }
  if (!SITE_NAME.test(name)) {
    return problem(t('webex.site.invalidName', { name, example: example() }));
  }
  return {
    ok: true,
    site: { name: name.toLowerCase(), origin: url.origin },
    needsPermission: true,
  };
}

/**
 * Reads what a host typed as their site: `acme`, `acme.webex.com`, or any link from the site
 * (`https://acme.webex.com/acme/j.php?...`). An https address outside webex.com is accepted
 * (site name from its first path segment, else its first host label) and flagged
 * `needsPermission`.
 */
export function parseSiteInput(input: string): SiteInputResult {
  const text = input.trim();
  if (text === '') return problem(t('webex.site.empty', { example: example() }));
  if (/\s/.test(text)) return problem(t('webex.site.hasSpaces', { example: example() }));
  if (SITE_NAME.test(text)) return webExSite(text);

  const url = parseSiteUrl(text);
  // A host without a dot (localhost) only counts when typed with its scheme.
  const plausibleHost = url?.hostname.includes('.') === true || HAS_SCHEME.test(text);
  if (url === undefined || url.hostname === '' || !plausibleHost) {
    return problem(t('webex.site.notAddress', { text, example: example() }));
  }
  if (url.username !== '' || url.password !== '') {
    return problem(t('webex.site.noCredentials'));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return problem(t('webex.site.wrongScheme', { scheme: url.protocol, example: example() }));
  }
  const hostname = url.hostname.toLowerCase();
  if (hostname === WEBEX_DOMAIN || hostname.endsWith(`.${WEBEX_DOMAIN}`)) {
    // WebEx serves sites over https only; an http:// link still names the same site.
    return fromWebExHost(hostname);
  }
  return fromOtherHost(url);
}
