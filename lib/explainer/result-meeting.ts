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
 * The checks before the panel may offer or carry out a Start, then `then` with the session when
 * they pass: the sender is a page in a tab on the signed-in site (same origin), a host is signed
 * in, the number is digits, and WebEx (GetMeeting) says the meeting is the host's own. A refusal
 * answers as data; an expired ticket or a WebEx failure as a FailedReply. Nothing here asks for
 * a start link unless `then` does.
 */
async function checkResultMeeting(
  env: BackgroundEnv,
  sender: MessageSender,
  meetingKey: string,
  then?: (session: AccountSession) => Promise<void>,
): Promise<Reply<ResultMeetingCheck>> {
  const page = senderPage(sender);
  // Extension pages and other extensions have no tab: this is the result panel's message only.
  if (!page) throw new Error('Only the result panel in a page may ask about its meeting.');
  const found = await loadAccount(env.items);
  if (!found) return { ok: true, value: { mayStart: false, refusal: { reason: 'signedOut' } } };
  const site = parseUrl(found.account.session.site.origin);
  if (!site || site.origin !== page.origin) {
    const refusal = {
      reason: 'otherSite' as const,
      pageHost: page.host,
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

/** describeResultMeeting: what the panel may show before it offers Start (no start link asked). */
export function describeResultMeeting(
  env: BackgroundEnv,
  data: { meetingKey: string },
  sender: MessageSender,
): Promise<Reply<ResultMeetingCheck>> {
  return checkResultMeeting(env, sender, data.meetingKey);
}

/**
 * startResultMeeting: the same checks again, then the start link opened in a new tab here in
 * the background. The answer is the check: the link never goes back to the content script.
 */
export function startResultMeeting(
  env: BackgroundEnv,
  data: { meetingKey: string },
  sender: MessageSender,
): Promise<Reply<ResultMeetingCheck>> {
  return checkResultMeeting(env, sender, data.meetingKey, async (session) => {
    await openStartTab(env, session, data.meetingKey);
  });
}
