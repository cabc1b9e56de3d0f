import type { NeedsPassword, Result } from '../messaging';
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
  openExtensionPage(page: 'popup' | 'options'): Promise<{ opened: 'popup' | 'options' }>;
  startMeeting(meetingKey: string): Promise<Result<{ tabUrl: string }> | NeedsPassword>;
  copy(text: string): Promise<boolean>;
  navigate(url: string): void;
  dismiss(): Promise<void>;
}

async function startMeeting(env: PanelEnv, meetingKey: string): Promise<PanelStatus> {
  const number = formatMeetingNumber(meetingKey);
  const answer = await env.startMeeting(meetingKey);
  if (answer.ok) return { tone: 'info', message: `Starting meeting ${number} in a new tab.` };
  if ('needsPassword' in answer) {
    return {
      tone: 'error',
      message: `Your sign-in to the extension has expired. Open WebEx Host Helper, sign in, then start meeting ${number}.`,
    };
  }
  const { title, action } = answer.error.explanation;
  return { tone: 'error', message: `${title}. ${action}` };
}

function openedMessage(opened: 'popup' | 'options', why: string): PanelStatus {
  const where =
    opened === 'popup' ? 'the WebEx Host Helper popup' : "WebEx Host Helper's options in a new tab";
  return { tone: 'info', message: `Opened ${where}${why}.` };
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
        ? { tone: 'info', message: 'Copied the details. Paste them where you need them.' }
        : {
            tone: 'error',
            message: "Couldn't copy. Select the text above and copy it with Ctrl+C (⌘C on a Mac).",
          };
    case 'sign-in-again':
      return openedMessage(
        (await env.openExtensionPage('options')).opened,
        ': sign in there, then try again',
      );
    case 'open-extension':
      return openedMessage((await env.openExtensionPage('popup')).opened, '');
    case 'start-meeting':
      if (!env.meetingKey)
        return { tone: 'error', message: 'This result names no meeting to start.' };
      return startMeeting(env, env.meetingKey);
    case 'log-out-and-retry': {
      const retry = pageWithoutResult(env.pageUrl);
      if (!env.site || !retry) {
        return {
          tone: 'error',
          message: 'The WebEx site is not known here. Open WebEx Host Helper to start again.',
        };
      }
      env.navigate(buildLogoutAndRetryLink(env.site, retry));
      return { tone: 'info', message: 'Signing you out of WebEx…' };
    }
  }
}
