import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Theme } from './storage';
import type { WebExErrorInfo } from './webex/errors';
import type {
  HostProfile,
  JoinLinks,
  MeetingStatus,
  ScheduleRequest,
  ScheduledMeeting,
  WebExSite,
} from './webex/types';

/**
 * The one message protocol between the popup, options page, content scripts and the
 * background service worker. Only the background talks to WebEx; the others ask it.
 * Replies are plain data; failures travel as `{ ok: false, error }`, never as throws.
 */

export type Result<T> = { ok: true; value: T } | { ok: false; error: WebExErrorInfo };

/** An answer that could not proceed because the ticket expired: ask for the password, then retry. */
export type NeedsPassword = { ok: false; error: WebExErrorInfo; needsPassword: true };

export type AccountView =
  | { signedIn: false; lastSite?: WebExSite; lastWebExId?: string }
  | {
      signedIn: true;
      site: WebExSite;
      webExId: string;
      profile: HostProfile;
      keepSignedIn: boolean;
      /** True when the ticket has passed its lifetime: the next action will ask for the password. */
      ticketExpired: boolean;
    };

export interface SignInForm {
  /** `acme`, `acme.webex.com` or an https URL of the site. */
  siteInput: string;
  webExId: string;
  password: string;
  keepSignedIn: boolean;
}

/** One meeting as the popup lists it: upcoming from WebEx merged with ones scheduled here. */
export interface MeetingListItem {
  meetingKey: string;
  topic: string;
  startsAt: number;
  durationMinutes: number;
  status: MeetingStatus;
  /** Scheduled from this extension (kept locally), so the password and links are known. */
  scheduledHere: boolean;
  meetingPassword?: string;
  joinUrl?: string;
}

export interface ScheduleJob {
  /** Chosen by the popup per form submission: a second click with the same id makes no second meeting. */
  requestId: string;
  state: 'running' | 'done' | 'failed';
  request: ScheduleRequest;
  meeting?: ScheduledMeeting & { joinUrl?: string };
  error?: WebExErrorInfo;
}

export interface ProtocolMap {
  // --- account -----------------------------------------------------------------------------
  getAccount(): AccountView;
  signIn(form: SignInForm): Result<AccountView>;
  /** After an expired ticket: the same account, a fresh password. */
  reauthenticate(data: { password: string }): Result<AccountView>;
  /** Answers with the signed-out view (the form prefill), so no second round trip is needed. */
  signOut(): AccountView;
  /** Moves the ticket between session storage (false) and this device's storage (true). */
  setKeepSignedIn(data: { keepSignedIn: boolean }): AccountView;

  // --- scheduling --------------------------------------------------------------------------
  /**
   * Answers when the job ends: `ok` with the done job, or `ok: false` with the job's error
   * (the failed job stays readable through getLastScheduleJob). The same requestId again
   * gives the same answer and never a second meeting.
   */
  scheduleMeeting(data: {
    requestId: string;
    request: ScheduleRequest;
  }): Result<ScheduleJob> | NeedsPassword;
  /** The latest schedule job, so a reopened popup shows what happened while it was closed. */
  getLastScheduleJob(): ScheduleJob | null;

  // --- meetings ----------------------------------------------------------------------------
  listMeetings(): Result<MeetingListItem[]> | NeedsPassword;
  /** Opens a tab that starts the meeting with a one-time ticket link (never a password). */
  startMeeting(data: { meetingKey: string }): Result<{ tabUrl: string }> | NeedsPassword;
  joinLinks(data: { meetingKey: string }): Result<JoinLinks> | NeedsPassword;
  deleteMeeting(data: { meetingKey: string }): Result<void> | NeedsPassword;

  // --- explainer ---------------------------------------------------------------------------
  /** From the result detector: a result landed in this frame; inject the explainer panel there. */
  showResultPanel(): { shown: boolean };
  /** From the panel: open the popup where the browser allows it, else the options page. */
  openExtensionPage(data: { page: 'popup' | 'options' }): { opened: 'popup' | 'options' };
  /**
   * From the panel, before it shows: whether the host dismissed this result (fingerprint from
   * lib/explainer/fingerprint.ts) and is back by reload or history, and the theme to use.
   * Content scripts cannot read all of storage (session items), so the background answers.
   */
  resultPanelSetup(data: { fingerprint: string; navigationType?: string }): {
    hidden: boolean;
    theme: Theme;
  };
  /** From the panel: the host dismissed this result; keep it hidden on reload. */
  dismissResult(data: { fingerprint: string }): void;
}

export const { sendMessage, onMessage, removeAllListeners } =
  defineExtensionMessaging<ProtocolMap>();
