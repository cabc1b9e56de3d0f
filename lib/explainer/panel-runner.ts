import { t } from '../i18n';
import type { Reply, ResultMeetingCheck } from '../messaging';
import type { WebExErrorInfo } from '../webex/errors';
import type { WebExSite } from '../webex/types';
import { buildLogoutAndRetryLink } from '../webex/url/links';
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
  site?: WebExSite;
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
      return startedMessage(await env.startMeeting(env.meetingKey), env.meetingKey);
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
