import { t } from '../i18n';
import type { Reply, ResultMeetingCheck } from '../messaging';
import type { WebExErrorInfo } from '../webex/errors';
import type { WebExSite } from '../webex/types';
import { joinTargetUrl } from '../meetings/join-target';
import { buildLogoutAndRetryLink } from '../webex/url/links';
import { siteLandingPage } from '../webex/url/site-pages';
import { formatMeetingNumber } from '../webex/url/meeting-number';
import type { ActionId } from '../webex/rs-catalogue';
import { startedMessage } from './meeting-offer';
import { pageWithoutResult } from './page-without-result';

/** What the panel tells the host after an action. */
export interface PanelStatus {
  tone: 'info' | 'error';
  message: string;
}

/** Everything the panel's actions touch, passed in by the content script. */
export interface PanelEnv {
  pageUrl: string;
  meetingKey?: string;
  /** The site to sign in to or out of: the page's own, else the signed-in one. */
  site?: WebExSite;
  /** The page's own WebEx site, if it is on one: the result's meeting is joined there. */
  pageSite?: WebExSite;
  summary: string;
  openExtensionPage(page: 'popup' | 'options'): Promise<Reply<{ opened: 'popup' | 'options' }>>;
  /** startResultMeeting: the background checks again and opens the start tab itself. */
  startMeeting(meetingKey: string): Promise<Reply<ResultMeetingCheck>>;
  copy(text: string): Promise<boolean>;
  navigate(url: string): void;
  dismiss(): Promise<void>;
}

function errorStatus(error: WebExErrorInfo): PanelStatus {
  const { title, action } = error.explanation;
  return { tone: 'error', message: t('panel.status.failed', { title, action }) };
}

/** Where the extension opened. */
function openedMessage(answer: Reply<{ opened: 'popup' | 'options' }>): PanelStatus {
  if (!answer.ok) return errorStatus(answer.error);
  const popup = answer.value.opened === 'popup';
  return {
    tone: 'info',
    message: t(popup ? 'panel.status.openedPopup' : 'panel.status.openedOptions'),
  };
}

const SITE_UNKNOWN: PanelStatus = { tone: 'error', message: t('panel.status.siteUnknown') };

/** Goes to `url` (built by `build`, which throws for a malformed site) and says `message`. */
function goTo(env: PanelEnv, build: () => string, message: string): PanelStatus {
  let url: string;
  try {
    url = build();
  } catch {
    return SITE_UNKNOWN;
  }
  env.navigate(url);
  return { tone: 'info', message };
}

/** Carries out one panel action and says what happened, in words for the host. */
export async function runPanelAction(
  action: ActionId,
  env: PanelEnv,
): Promise<PanelStatus | undefined> {
  switch (action) {
    case 'dismiss':
      await env.dismiss();
      return undefined;
    case 'copy-details':
      return (await env.copy(env.summary))
        ? { tone: 'info', message: t('panel.status.copied') }
        : { tone: 'error', message: t('panel.status.copyFailed') };
    case 'sign-in-on-site': {
      const site = env.site;
      if (!site) return SITE_UNKNOWN;
      const message = t('panel.status.openingSignIn', { site: site.origin });
      return goTo(env, () => siteLandingPage(site), message);
    }
    case 'open-extension':
      return openedMessage(await env.openExtensionPage('popup'));
    case 'open-settings':
      return openedMessage(await env.openExtensionPage('options'));
    case 'join-meeting': {
      const { meetingKey, pageSite } = env;
      if (!meetingKey) return { tone: 'error', message: t('panel.status.noMeeting') };
      if (!pageSite) return SITE_UNKNOWN;
      const target = { kind: 'number' as const, meetingKey };
      const number = formatMeetingNumber(meetingKey);
      const message = t('panel.status.joining', { number, site: pageSite.origin });
      return goTo(env, () => joinTargetUrl(target, pageSite), message);
    }
    case 'start-meeting':
      if (!env.meetingKey) return { tone: 'error', message: t('panel.status.noMeeting') };
      return startedMessage(await env.startMeeting(env.meetingKey), env.meetingKey);
    case 'sign-out-of-webex': {
      // Back to the page as it was before WebEx added its result: nothing is retried by itself.
      const site = env.site;
      const back = pageWithoutResult(env.pageUrl);
      if (!site || !back) return SITE_UNKNOWN;
      const message = t('panel.status.signingOut', { site: site.origin });
      return goTo(env, () => buildLogoutAndRetryLink(site, back), message);
    }
  }
}
