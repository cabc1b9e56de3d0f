import { loadAccount } from '../background/account-store';
import type { BackgroundEnv } from '../background/environment';
import { exceptionIdOf } from '../background/error-info';
import type { MessageSender } from '../background/message-handlers';
import { withSession } from '../background/session-access';
import { openStartTab } from '../background/start-meeting';
import type { Reply, ResultMeetingCheck } from '../messaging';
import { parseUrl } from '../url';
import { ExceptionId } from '../webex/exception-ids';
import { isMeetingNumber } from '../webex/url/meeting-number';
import type { AccountSession } from '../webex/types';

// WebEx's answers to GetMeeting for a number the host does not host: none, or not theirs.
const NOT_THE_HOSTS = new Set<string>([
  ExceptionId.MeetingNotFound,
  ExceptionId.MorePrivilegesNeeded,
]);

/** The page that sent the message: only a content script in a tab has one. */
function senderPage(sender: MessageSender): URL | undefined {
  if (sender.tab?.id === undefined || !sender.url) return undefined;
  return parseUrl(sender.url);
}

/** GetMeeting, then: is it the signed-in host's own meeting? */
async function hostsMeeting(
  env: BackgroundEnv,
  session: AccountSession,
  meetingKey: string,
): Promise<ResultMeetingCheck> {
  const siteHost = parseUrl(session.site.origin)?.host ?? session.site.origin;
  const refusal: ResultMeetingCheck = {
    mayStart: false,
    refusal: { reason: 'notHostsMeeting', meetingKey, webExId: session.webExId, siteHost },
  };
  try {
    const meeting = await env.backend.get(session, meetingKey);
    const host = meeting.hostWebExId?.toLowerCase();
    if (host !== session.webExId.toLowerCase() || meeting.meetingKey !== meetingKey) return refusal;
    return { mayStart: true, meetingKey, topic: meeting.topic, startsAt: meeting.startsAt };
  } catch (error) {
    if (NOT_THE_HOSTS.has(exceptionIdOf(error) ?? '')) return refusal;
    throw error;
  }
}

/**
 * The checks before a Start is offered or carried out, then `then` with the session when they
 * pass: a host is signed in, `origin` (the result page's, or the pasted address's site; absent:
 * a pasted address that names no site) is the signed-in site's, the number is digits, and WebEx
 * (GetMeeting) says the meeting is the host's own. A refusal answers as data; an expired ticket
 * or a WebEx failure as a FailedReply. Nothing here asks for a start link unless `then` does.
 */
async function checkMeetingOnSite(
  env: BackgroundEnv,
  origin: URL | undefined,
  meetingKey: string,
  then?: (session: AccountSession) => Promise<void>,
): Promise<Reply<ResultMeetingCheck>> {
  const found = await loadAccount(env.items);
  if (!found) return { ok: true, value: { mayStart: false, refusal: { reason: 'signedOut' } } };
  const site = parseUrl(found.account.session.site.origin);
  if (origin && (!site || site.origin !== origin.origin)) {
    const refusal = {
      reason: 'otherSite' as const,
      pageHost: origin.host,
      siteHost: site?.host ?? '',
    };
    return { ok: true, value: { mayStart: false, refusal } };
  }
  if (!isMeetingNumber(meetingKey)) {
    return { ok: true, value: { mayStart: false, refusal: { reason: 'notAMeetingNumber' } } };
  }
  return withSession(env, async (session) => {
    const check = await hostsMeeting(env, session, meetingKey);
    if (check.mayStart && then) await then(session);
    return check;
  });
}

/** The result page that sent a panel message; extension pages and other extensions have none. */
function resultPage(sender: MessageSender): URL {
  const page = senderPage(sender);
  if (!page) throw new Error('Only the result panel in a page may ask about its meeting.');
  return page;
}

/** describeResultMeeting: what the panel may show before it offers Start (no start link asked). */
export async function describeResultMeeting(
  env: BackgroundEnv,
  data: { meetingKey: string },
  sender: MessageSender,
): Promise<Reply<ResultMeetingCheck>> {
  return checkMeetingOnSite(env, resultPage(sender), data.meetingKey);
}

/**
 * startResultMeeting: the same checks again, then the start link opened in a new tab here in
 * the background. The answer is the check: the link never goes back to the content script.
 */
export async function startResultMeeting(
  env: BackgroundEnv,
  data: { meetingKey: string },
  sender: MessageSender,
): Promise<Reply<ResultMeetingCheck>> {
  return checkMeetingOnSite(env, resultPage(sender), data.meetingKey, async (session) => {
    await openStartTab(env, session, data.meetingKey);
  });
}

/** The pasted address's site as a URL; an origin that does not parse is refused as another site. */
function pastedSite(siteOrigin: string | undefined): URL | undefined {
  if (siteOrigin === undefined) return undefined;
  return parseUrl(siteOrigin) ?? new URL('https://invalid.invalid');
}

/** describePastedMeeting: Decode's check before it offers Start (no start link asked). */
export function describePastedMeeting(
  env: BackgroundEnv,
  data: { meetingKey: string; siteOrigin?: string },
): Promise<Reply<ResultMeetingCheck>> {
  return checkMeetingOnSite(env, pastedSite(data.siteOrigin), data.meetingKey);
}

/** startPastedMeeting: Decode's Start: the checks again, then the start tab from here. */
export function startPastedMeeting(
  env: BackgroundEnv,
  data: { meetingKey: string; siteOrigin?: string },
): Promise<Reply<ResultMeetingCheck>> {
  return checkMeetingOnSite(env, pastedSite(data.siteOrigin), data.meetingKey, async (session) => {
    await openStartTab(env, session, data.meetingKey);
  });
}
