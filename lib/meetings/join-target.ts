import { t } from '../i18n';
import { parseUrl } from '../url';
import type { WebExSite } from '../webex/types';
import { UrlCommand } from '../webex/url/commands';
import { assertNoPasswordParameter } from '../webex/url/password-guard';
import { sitePageUrl } from '../webex/url/site-pages';

/** How many digits a WebEx meeting number has (WebEx's own numbers: 9 to 11). */
export const MEETING_NUMBER_DIGITS = { min: 9, max: 11 } as const;

/**
 * What the host asked to join: a bare meeting number (joined on the signed-in site) or a link
 * to a meeting on any `*.webex.com` site, already rebuilt from its parsed parts.
 */
export type JoinTarget =
  { kind: 'number'; meetingKey: string } | { kind: 'link'; form: JoinLinkForm; url: string };

/** The three meeting link forms WebEx hands out. */
export type JoinLinkForm = 'mtid' | 'personalRoom' | 'meetingKey';

/** Why a text cannot be joined; each has a message in `meetings.join.*`. */
export type JoinProblem =
  | { kind: 'empty' }
  | { kind: 'numberLength'; digits: number }
  | { kind: 'notHttps' }
  | { kind: 'notWebEx'; host: string }
  | { kind: 'unknownLink' }
  | { kind: 'notRecognised' };

/**
 * The reading of a pasted text. `passwordRemoved` says a PW, PWD or PID parameter was in the
 * link and is not in the one built (passwords never go in a URL).
 */
export type JoinParse =
  { ok: true; target: JoinTarget; passwordRemoved: boolean } | { ok: false; problem: JoinProblem };

const NUMBER_TEXT = /^[\d\s-]+$/;
// Host labels as DNS has them; the last two must be exactly webex.com.
const WEBEX_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+webex\.com$/;
const SITE_PATH_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const MTID = /^[A-Za-z0-9_-]{1,200}$/;
const ROOM_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const PASSWORD_PARAMETERS = ['pw', 'pwd', 'pid'];
// "acme.webex.com/meet/bob", as copied from an address bar that hides the scheme.
const SCHEMELESS = /^[a-z0-9.-]+\.[a-z]{2,}(?:[/?#]|$)/i;

const fail = (problem: JoinProblem): JoinParse => ({ ok: false, problem });

function parseNumber(text: string): JoinParse {
  const digits = text.replace(/[\s-]/g, '');
  if (digits.length < MEETING_NUMBER_DIGITS.min || digits.length > MEETING_NUMBER_DIGITS.max) {
    return fail({ kind: 'numberLength', digits: digits.length });
  }
  return { ok: true, target: { kind: 'number', meetingKey: digits }, passwordRemoved: false };
}

/** The query's parameters by lower-case name (first one wins, as WebEx reads them). */
function parameters(url: URL): Map<string, string> {
  const found = new Map<string, string>();
  for (const [name, value] of url.searchParams) {
    if (!found.has(name.toLowerCase())) found.set(name.toLowerCase(), value);
  }
  return found;
}

type LinkTarget = Extract<JoinTarget, { kind: 'link' }>;

function linkTarget(url: URL, query: Map<string, string>): LinkTarget | undefined {
  const origin = `https://${url.hostname}`;
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  if (segments.length === 2 && segments[0] === 'meet' && ROOM_NAME.test(segments[1]!)) {
    return { kind: 'link', form: 'personalRoom', url: `${origin}/meet/${segments[1]}` };
  }
  if (segments.length !== 2 || !SITE_PATH_NAME.test(segments[0]!)) return undefined;
  const [site, page] = segments as [string, string];
  const mtid = query.get('mtid');
  if (page.toLowerCase() === 'j.php' && mtid && MTID.test(mtid)) {
    return { kind: 'link', form: 'mtid', url: `${origin}/${site}/j.php?MTID=${mtid}` };
  }
  const key = query.get('mk') ?? '';
  const keyDigits =
    key.length >= MEETING_NUMBER_DIGITS.min && key.length <= MEETING_NUMBER_DIGITS.max;
  if (
    page.toLowerCase() === 'm.php' &&
    query.get('at')?.toUpperCase() === UrlCommand.JoinMeeting &&
    /^\d+$/.test(key) &&
    keyDigits
  ) {
    return {
      kind: 'link',
      form: 'meetingKey',
      url: `${origin}/${site}/m.php?AT=${UrlCommand.JoinMeeting}&MK=${key}`,
    };
  }
  return undefined;
}

function parseLink(text: string): JoinParse {
  const url = parseUrl(SCHEMELESS.test(text) ? `https://${text}` : text);
  if (!url) return fail({ kind: 'notRecognised' });
  if (url.protocol === 'http:') return fail({ kind: 'notHttps' });
  if (url.protocol !== 'https:') return fail({ kind: 'notRecognised' });
  const host = url.hostname.toLowerCase();
  if (!WEBEX_HOST.test(host) || url.port !== '' || url.username !== '' || url.password !== '') {
    return fail({ kind: 'notWebEx', host: host.slice(0, 80) });
  }
  const query = parameters(url);
  const target = linkTarget(url, query);
  if (!target) return fail({ kind: 'unknownLink' });
  // Rebuilt from checked parts only; this is the last guard.
  assertNoPasswordParameter(target.url, target.url);
  const passwordRemoved = PASSWORD_PARAMETERS.some((name) => query.has(name));
  return { ok: true, target, passwordRemoved };
}

/**
 * Reads what the host typed or pasted into "Join a meeting": a meeting number of 9 to 11
 * digits (spaces and dashes allowed), or an https link on a `*.webex.com` host in one of the
 * forms `/<site>/j.php?MTID=..`, `/meet/<name>`, `/<site>/m.php?AT=JM&MK=..`. The link is
 * rebuilt from those parts, so nothing else of the pasted text (a password, a back URL, a
 * fragment) reaches the URL. Pastes are hostile: anything else is a `JoinProblem`.
 */
export function parseJoinInput(input: string): JoinParse {
  const text = input.trim();
  if (text === '') return fail({ kind: 'empty' });
  if (NUMBER_TEXT.test(text) && /\d/.test(text)) return parseNumber(text);
  return parseLink(text);
}

/**
 * The URL to open for a target: a link as rebuilt, a number as the URL API's join command on
 * the signed-in site (`https://SITE.webex.com/SITE/m.php?AT=JM&MK=<number>`, no password).
 * Throws (with a message for the host) when the site is malformed.
 */
export function joinTargetUrl(target: JoinTarget, site: WebExSite): string {
  if (target.kind === 'link') return target.url;
  return `${sitePageUrl(site, 'm.php')}?AT=${UrlCommand.JoinMeeting}&MK=${target.meetingKey}`;
}

/** What the host reads for a problem: what was expected, in the UI language. */
export function joinProblemMessage(problem: JoinProblem): string {
  switch (problem.kind) {
    case 'empty':
      return t('meetings.join.empty');
    case 'numberLength':
      return t('meetings.join.numberLength', { digits: problem.digits });
    case 'notHttps':
      return t('meetings.join.notHttps');
    case 'notWebEx':
      return t('meetings.join.notWebEx', { host: problem.host });
    case 'unknownLink':
      return t('meetings.join.unknownLink');
    case 'notRecognised':
      return t('meetings.join.notRecognised');
  }
}
