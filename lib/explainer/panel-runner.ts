import { t } from '../i18n';
import type { Reply } from '../messaging';
import type { WebExErrorInfo } from '../webex/errors';
import type { WebExSite } from '../webex/types';
import { buildLogoutAndRetryLink } from '../webex/url/links';
import { formatMeetingNumber } from '../webex/url/meeting-number';
import type { ActionId } from '../webex/rs-catalogue';
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
  site?: WebExSite;
  summary: string;
  openExtensionPage(page: 'popup' | 'options'): Promise<Reply<{ opened: 'popup' | 'options' }>>;
  startMeeting(meetingKey: string): Promise<Reply<{ opened: true }>>;
  copy(text: string): Promise<boolean>;
  navigate(url: string): void;
  dismiss(): Promise<void>;
}

async function startMeeting(env: PanelEnv, meetingKey: string): Promise<PanelStatus> {
  const number = formatMeetingNumber(meetingKey);
  const answer = await env.startMeeting(meetingKey);
  if (answer.ok) return { tone: 'info', message: t('panel.status.starting', { number }) };
  if (answer.ticketExpired) {
    return {
      tone: 'error',
      message: t('panel.status.ticketExpired', { number }),
    };
  }
  return errorStatus(answer.error);
}

function errorStatus(error: WebExErrorInfo): PanelStatus {
  const { title, action } = error.explanation;
  return { tone: 'error', message: t('panel.status.failed', { title, action }) };
}

/** Where the extension opened; with `signIn`, the host is told to sign in there and retry. */
function openedMessage(
  answer: Reply<{ opened: 'popup' | 'options' }>,
  signIn: boolean,
): PanelStatus {
  if (!answer.ok) return errorStatus(answer.error);
  const popup = answer.value.opened === 'popup';
  const message = signIn
    ? t(popup ? 'panel.status.openedPopupSignIn' : 'panel.status.openedOptionsSignIn')
    : t(popup ? 'panel.status.openedPopup' : 'panel.status.openedOptions');
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
    case 'sign-in-again':
      return openedMessage(await env.openExtensionPage('options'), true);
    case 'open-extension':
      return openedMessage(await env.openExtensionPage('popup'), false);
    case 'start-meeting':
      if (!env.meetingKey) return { tone: 'error', message: t('panel.status.noMeeting') };
      return startMeeting(env, env.meetingKey);
    case 'log-out-and-retry': {
      const retry = pageWithoutResult(env.pageUrl);
      if (!env.site || !retry) {
        return { tone: 'error', message: t('panel.status.siteUnknown') };
      }
      env.navigate(buildLogoutAndRetryLink(env.site, retry));
      return { tone: 'info', message: t('panel.status.signingOut') };
    }
  }
}
