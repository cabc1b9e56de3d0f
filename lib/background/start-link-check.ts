import { t } from '../i18n';
import { parseUrl } from '../url';
import { WebExError } from '../webex/errors';
import type { WebExSite } from '../webex/types';

/** What a refused link pointed at, for the message: its scheme and host, never its path or query. */
function whereItPoints(link: string): string {
  const url = parseUrl(link);
  if (!url) return t('meetings.startLink.notAddress');
  return (url.host ? `${url.protocol}//${url.host}` : url.protocol).slice(0, 80);
}

/**
 * The start link GethosturlMeeting returned, if it may carry the host's one-time ticket: over
 * https to the signed-in site's own host (`https://acme.webex.com`, port included), without
 * user name or password. Anything else (http, another or look-alike host, `javascript:`)
 * throws a WebExError of kind `unexpected` saying where it pointed; the link is not opened.
 */
export function checkedTicketLink(link: string, site: WebExSite): string {
  const url = parseUrl(link);
  const siteHost = parseUrl(site.origin)?.host;
  const onSite =
    url !== undefined &&
    url.protocol === 'https:' &&
    siteHost !== undefined &&
    url.host === siteHost &&
    url.username === '' &&
    url.password === '';
  if (onSite) return link;
  const address = whereItPoints(link);
  const explanation = {
    title: t('meetings.startLink.title'),
    meaning: t('meetings.startLink.meaning', { address, site: site.origin }),
    action: t('meetings.startLink.action'),
  };
  throw new WebExError('unexpected', explanation.meaning, explanation);
}
