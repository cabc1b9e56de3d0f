import { t } from '../../i18n';
import type { WebExSite } from '../types';
import { UrlCommand } from './commands';
import { assertNoPasswordParameter } from './password-guard';
import { chainedCommand } from './sign-in-link';
import { sitePageUrl } from './site-pages';
import { joinUrl, parameterName, splitUrl, withoutParameters, type UrlParts } from './url-parts';

// WebEx appends its result to the back URL and the first AT/ST wins, so a back URL must not
// already carry one (e.g. the page of an earlier result).
const RESULT_PARAMETERS = ['AT', 'ST', 'RS', 'WID', 'MK', 'TN', 'CSRF'];
const BACK_URL_PROTOCOLS = ['https:', 'http:', 'chrome-extension:', 'moz-extension:'];

function checkedUrl(url: string, what: string, protocols: readonly string[]): string {
  // First, so that the message below never repeats a password.
  assertNoPasswordParameter(url, what);
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !protocols.includes(parsed.protocol)) {
    throw new Error(t('webex.url.notFullAddress', { what, url: String(url).slice(0, 80) }));
  }
  return url;
}

function checkedBackUrl(backUrl: string): string {
  checkedUrl(backUrl, t('webex.url.part.backUrl'), BACK_URL_PROTOCOLS);
  return joinUrl(withoutParameters(splitUrl(backUrl), RESULT_PARAMETERS));
}

function withBackUrlParameter(parts: UrlParts, backUrl: string): UrlParts {
  const others = withoutParameters(parts, ['BU']);
  return { ...others, parameters: [...others.parameters, `BU=${encodeURIComponent(backUrl)}`] };
}

function decodedCommand(rawMu: string): string {
  try {
    return decodeURIComponent(rawMu);
  } catch {
    throw new Error(t('webex.url.malformedMu'));
  }
}

/**
 * The command URL with `backUrl` as its BU. A sign-in link (`p.php?AT=LI&...&MU=<command>`) gets
 * it twice: inside MU, where the chained command's result goes, and outside, for a failed sign-in.
 */
function withBackUrl(commandUrl: string, backUrl: string, what: string): string {
  checkedUrl(commandUrl, what, ['https:', 'http:']);
  const back = checkedBackUrl(backUrl);
  const parts = splitUrl(commandUrl);
  const command = chainedCommand(parts, decodedCommand);
  let outer = parts;
  if (command) {
    const chained = joinUrl(withBackUrlParameter(splitUrl(command.url), back));
    const [muAt] = command.pieceIndexes;
    const parameters = parts.parameters
      .map((piece, index) => (index === muAt ? `MU=${encodeURIComponent(chained)}` : piece))
      .filter(
        (piece, index) =>
          index === muAt ||
          (!command.pieceIndexes.includes(index) && parameterName(piece) !== 'mu'),
      );
    outer = { ...parts, parameters };
  }
  const link = joinUrl(withBackUrlParameter(outer, back));
  assertNoPasswordParameter(link, t('webex.url.part.finishedLink'));
  return link;
}

/**
 * GethosturlMeeting's `hostMeetingURL` (`p.php?AT=LI&TK=..&MU=<m.php?AT=HM&MK=..>`) with
 * `backUrl` receiving both the host command's result and a sign-in failure.
 */
export function buildStartLink(hostMeetingUrl: string, backUrl: string): string {
  return withBackUrl(hostMeetingUrl, backUrl, t('webex.url.part.hostMeetingLink'));
}

/** GetjoinurlMeeting's `joinMeetingURL` with `backUrl` receiving the join result. */
export function buildJoinLink(joinMeetingUrl: string, backUrl: string): string {
  return withBackUrl(joinMeetingUrl, backUrl, t('webex.url.part.joinMeetingLink'));
}

/** After `AlreadyLogon`: sign out of the site, then go on to `retryUrl`. */
export function buildLogoutAndRetryLink(site: WebExSite, retryUrl: string): string {
  checkedUrl(retryUrl, t('webex.url.part.retryLink'), ['https:', 'http:']);
  const link = `${sitePageUrl(site, 'p.php')}?AT=${UrlCommand.LogOut}&BU=${encodeURIComponent(retryUrl)}`;
  assertNoPasswordParameter(link, t('webex.url.part.finishedLink'));
  return link;
}

/** Start a meeting for a host already signed in on the site (no ticket needed). */
export function buildHostCommandLink(site: WebExSite, meetingKey: string, backUrl: string): string {
  const key = meetingKey.replace(/[\s-]/g, '');
  if (!/^\d{1,20}$/.test(key)) {
    throw new Error(t('webex.url.notMeetingNumber', { text: meetingKey.slice(0, 40) }));
  }
  const back = checkedBackUrl(backUrl);
  const link = `${sitePageUrl(site, 'm.php')}?AT=${UrlCommand.HostMeeting}&MK=${key}&BU=${encodeURIComponent(back)}`;
  assertNoPasswordParameter(link, t('webex.url.part.finishedLink'));
  return link;
}
