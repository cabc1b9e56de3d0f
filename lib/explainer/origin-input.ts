import { t } from '../i18n';
import { parseUrl } from '../url';

/**
 * A usable origin and its match pattern, or the problem to show. `plainHttp`: the page is not
 * encrypted, so anyone on the network can change what it shows (a fake WebEx result included);
 * Options says so before the host grants it.
 */
export type OriginInput =
  | { ok: true; origin: string; matchPattern: string; plainHttp: boolean }
  | { ok: false; problem: string };

const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

function withScheme(text: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
}

/**
 * What the host typed in "Explain results on other pages" (a page address or a host name)
 * as an origin and the match pattern to ask permission for. Any port: match patterns have none.
 */
export function parseOriginInput(input: string): OriginInput {
  const text = input.trim();
  if (text === '') return { ok: false, problem: t('options.originInput.empty') };
  if (text.includes('*')) return { ok: false, problem: t('options.originInput.wildcard') };
  const url = parseUrl(withScheme(text));
  if (!url) {
    return { ok: false, problem: t('options.originInput.notAddress', { text: text.slice(0, 80) }) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, problem: t('options.originInput.scheme') };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, problem: t('options.originInput.credentials') };
  }
  const host = url.hostname.toLowerCase();
  if (!HOST_NAME.test(host) && !/^\[[0-9a-f:.]+\]$/.test(host)) {
    return { ok: false, problem: t('options.originInput.notHost', { host: host.slice(0, 80) }) };
  }
  if (host === 'webex.com' || host.endsWith('.webex.com')) {
    return { ok: false, problem: t('options.originInput.webEx') };
  }
  return {
    ok: true,
    origin: `${url.protocol}//${host}`,
    matchPattern: `${url.protocol}//${host}/*`,
    plainHttp: url.protocol === 'http:',
  };
}

/** The match pattern for an origin stored by `parseOriginInput`. */
export function matchPatternOf(origin: string): string {
  return `${origin}/*`;
}
