import { buildLogoutAndRetryLink, buildStartLink } from '../webex/url/links';
import { isRestSession, type AccountSession } from '../webex/types';
import { siteLandingPage } from '../webex/url/site-pages';
import { watchForAlreadyLogon } from './already-logon-retry';
import type { BackgroundEnv } from './environment';
import type { Reply } from '../messaging';
import { withSession } from './session-access';
import { checkedTicketLink } from './start-link-check';

// Where WebEx sends the tab when the start ends; the explainer shows the outcome there.
export { siteLandingPage };

/**
 * The ticket link, checked before and after the back URL is added: https on the site only. REST's
 * `startLink` has no back URL (nothing reports how a start went) and is opened as Webex gave it.
 */
async function startLink(env: BackgroundEnv, session: AccountSession, meetingKey: string) {
  const hostUrl = checkedTicketLink(await env.backend.hostUrl(session, meetingKey), session.site);
  if (isRestSession(session)) return hostUrl;
  return checkedTicketLink(buildStartLink(hostUrl, siteLandingPage(session.site)), session.site);
}

async function freshStartLink(env: BackgroundEnv, meetingKey: string): Promise<string> {
  const answer = await withSession(env, (session) => startLink(env, session, meetingKey));
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

/**
 * GethosturlMeeting's one-time ticket link for `meetingKey`, opened in a new tab with the
 * AlreadyLogon retry watching it. Only a link over https to the signed-in site's host is opened
 * (start-link-check.ts). Resolves to the link: it signs the host in once, so no reply carries it.
 */
export async function openStartTab(
  env: BackgroundEnv,
  session: AccountSession,
  meetingKey: string,
): Promise<string> {
  const link = await startLink(env, session, meetingKey);
  const tab = await env.tabs.create({ url: link, active: true });
  if (tab.id !== undefined && !isRestSession(session)) {
    watchForAlreadyLogon(env.tabs, {
      tabId: tab.id,
      siteOrigin: session.site.origin,
      retryUrl: async () =>
        buildLogoutAndRetryLink(session.site, await freshStartLink(env, meetingKey)),
    });
  }
  return link;
}

/**
 * GethosturlMeeting's one-time ticket link in a new tab: the host starts without a password.
 * The reply never carries the link, whoever asked.
 */
export function startMeeting(
  env: BackgroundEnv,
  data: { meetingKey: string },
): Promise<Reply<{ opened: true }>> {
  return withSession(env, async (session) => {
    await openStartTab(env, session, data.meetingKey);
    return { opened: true as const };
  });
}
