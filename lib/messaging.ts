import {
  defineExtensionMessaging,
  type GetDataType,
  type GetReturnType,
} from '@webext-core/messaging';
import type { ResultMeetingCheck } from './explainer/result-meeting-check';
import type { AccountKey, Theme } from './storage';
import type { WebExErrorInfo } from './webex/errors';
import type { WebexGrantType } from './webex/rest/grant';
import type { OAuthClientSource } from './webex/rest/oauth/client-config';
import type {
  HostProfile,
  JoinLinks,
  MeetingStatus,
  ScheduleRequest,
  ScheduledMeeting,
  StartAsWritten,
  WebExSite,
} from './webex/types';

/**
 * The one message protocol between the popup, options page, content scripts and the
 * background service worker. Only the background talks to WebEx; the others ask it.
 * Every message answers with a Reply; the background registers one handler per message
 * (lib/background/message-handlers.ts), and a handler that throws still answers a FailedReply.
 */

/** The one answer type of every message: the value, or what went wrong as data. */
export type Reply<T> = { ok: true; value: T } | FailedReply;

/** A message that could not do what it was asked, with the reason in words for the host. */
export interface FailedReply {
  ok: false;
  error: WebExErrorInfo;
  /**
   * WebEx's session ticket expired (past its lifetime, or WebEx answered 030047): nothing was
   * done. Ask for the password (renewTicket), then send the same message again.
   */
  ticketExpired?: true;
}

export type AccountView =
  | {
      signedIn: false;
      lastSite?: WebExSite;
      lastWebExId?: string;
      /** Which way the last account signed in: `rest` leads with "Sign in with Webex". */
      lastApi?: 'xml' | 'rest';
      /** A Webex integration's client ID is configured (build, Options or administrator). */
      webexSignInReady: boolean;
      /** The ticket kept on this device was refused (tampered with or unreadable): sign in again. */
      keptTicketRefused?: true;
    }
  | {
      signedIn: true;
      /** `xml`: WebEx ID and password (a ticket); `rest`: Sign in with Webex (a token). */
      api: 'xml' | 'rest';
      /** The site the host works on (REST: chosen among the profile's sites). */
      site: WebExSite;
      webExId: string;
      profile: HostProfile;
      keepSignedIn: boolean;
      /**
       * True when the ticket (REST: the token) has passed its lifetime: the next action will ask
       * for the password (REST: renew silently, else ask to sign in with Webex again).
       */
      ticketExpired: boolean;
    };

/** What the sign-in form sends: the site as typed, the WebEx ID and the password. */
export interface SignInRequest {
  /** `acme`, `acme.webex.com` or an https URL of the site. */
  siteInput: string;
  webExId: string;
  password: string;
  keepSignedIn: boolean;
}

/** Sign in with Webex: the host's "Keep me signed in" choice; the rest is the OAuth window's. */
export interface WebexSignInRequest {
  keepSignedIn: boolean;
}

/** Sign in with a personal access token pasted from developer.webex.com (lasts 12 hours). */
export interface TokenSignInRequest {
  token: string;
  keepSignedIn: boolean;
}

/** What Sign out does beyond ending the session. */
export interface SignOutRequest {
  /** Also forget this account's meetings kept on this device (passwords, join links). */
  forgetMeetings: boolean;
}

/**
 * The Webex integration "Sign in with Webex" uses, as Options shows it: never the secret, only
 * whether one is set. Absent `clientId`: none is configured (`no-integration`).
 */
export interface WebexIntegrationView {
  clientId?: string;
  /** Where `clientId` comes from: an administrator's policy, Options, or the build. */
  source?: OAuthClientSource;
  /** A client secret is set with this client ID (so the code + PKCE grant is used). */
  hasSecret: boolean;
  /** This browser's redirect URI, to register on the integration. */
  redirectUri: string;
  grant?: WebexGrantType;
}

/**
 * What Options saves: `clientId` empty clears the override (secret included); `clientSecret`
 * empty clears the secret, absent keeps it while the client ID stays the same.
 */
export interface WebexIntegrationRequest {
  clientId: string;
  clientSecret?: string;
}

/** GetMeeting's answer about the password: absent when the meeting has none. */
export interface MeetingPasswordAnswer {
  meetingPassword?: string;
}

/** One meeting as the popup lists it: upcoming from WebEx merged with ones scheduled here. */
export interface MeetingListItem {
  meetingKey: string;
  topic: string;
  /** Absent when no zone placed WebEx's start: then `startAsWritten` holds it as WebEx wrote it. */
  startsAt?: number;
  startAsWritten?: StartAsWritten;
  durationMinutes: number;
  status: MeetingStatus;
  /** REST only: an ended instance (listed among Earlier): no start, join or delete (409). */
  ended?: true;
  /** Scheduled from this extension (kept locally), so the password and links are known. */
  scheduledHere: boolean;
  meetingPassword?: string;
  joinUrl?: string;
}

export interface ScheduleJob {
  /** Chosen by the popup per form submission: a second click with the same id makes no second meeting. */
  requestId: string;
  /** The account that scheduled it: only that account is ever shown the job. */
  owner: AccountKey;
  state: 'running' | 'done' | 'failed';
  request: ScheduleRequest;
  meeting?: ScheduledMeeting & {
    joinUrl?: string;
    /** Other meetings WebEx now holds with this topic and start (a resent CreateMeeting). */
    duplicates?: DuplicateMeeting[];
  };
  error?: WebExErrorInfo;
}

/** A meeting of the host's with the same topic and start as the one just scheduled. */
export interface DuplicateMeeting {
  meetingKey: string;
  topic: string;
  startsAt: number;
}

/** Every message, its data and the value its Reply carries. */
export interface ProtocolMap {
  // --- account -----------------------------------------------------------------------------
  getAccount(): Reply<AccountView>;
  signIn(request: SignInRequest): Reply<AccountView>;
  /** After the ticket expired: the same account, a fresh password, a new ticket. */
  renewTicket(data: { password: string }): Reply<AccountView>;
  /**
   * Removes the ticket (both areas) and the last schedule job. The account's meetings kept here
   * (Recent's sealed passwords and join links) stay for its next sign-in, shown to no other
   * account, unless `forgetMeetings`. Answers with the signed-out view (the form prefill).
   */
  signOut(data: SignOutRequest): Reply<AccountView>;
  /** Moves the ticket between session storage (false) and this device's storage (true). */
  setKeepSignedIn(data: { keepSignedIn: boolean }): Reply<AccountView>;
  /**
   * Sign in with Webex (REST API): the background runs `identity.launchWebAuthFlow` and keeps
   * the token. A real toolbar popup closes when the sign-in window opens; the background still
   * finishes, and the next popup shows the account.
   */
  signInWithWebex(data: WebexSignInRequest): Reply<AccountView>;
  /** Sign in with a personal access token (REST API, 12 hours); the token is never logged. */
  signInWithToken(data: TokenSignInRequest): Reply<AccountView>;
  /** After a REST token expired and silent renewal failed: Sign in with Webex again, same account. */
  renewWebexSignIn(): Reply<AccountView>;
  /** REST accounts: work on another of the host's sites (`acme.webex.com`, from the profile). */
  chooseSite(data: { siteUrl: string }): Reply<AccountView>;
  /** REST accounts: opens the host's Personal Room to start it (`POST /meetings/join`'s startLink). */
  startPersonalRoom(): Reply<{ opened: true }>;
  /** The integration in use and this browser's redirect URI (lib/background/webex-integration.ts). */
  getWebexIntegration(): Reply<WebexIntegrationView>;
  /** Stores Options' integration override (sealed, local storage); answers the view after it. */
  setWebexIntegration(data: WebexIntegrationRequest): Reply<WebexIntegrationView>;

  // --- scheduling --------------------------------------------------------------------------
  /**
   * Answers when the job ends: `ok` with the done job, or `ok: false` with the job's error
   * (the failed job stays readable through getLastScheduleJob). The same requestId again
   * gives the same answer and never a second meeting.
   */
  scheduleMeeting(data: { requestId: string; request: ScheduleRequest }): Reply<ScheduleJob>;
  /** The latest schedule job, so a reopened popup shows what happened while it was closed. */
  getLastScheduleJob(): Reply<ScheduleJob | null>;

  // --- meetings ----------------------------------------------------------------------------
  listMeetings(): Reply<MeetingListItem[]>;
  /**
   * Opens a tab that starts the meeting with a one-time ticket link (never a password), only
   * over https on the signed-in site's host. The reply never carries the link.
   */
  startMeeting(data: { meetingKey: string }): Reply<{ opened: true }>;
  joinLinks(data: { meetingKey: string }): Reply<JoinLinks>;
  /**
   * The meeting's password as WebEx gives it to its host (GetMeeting), for a meeting whose
   * password is not kept here (made on the site, in another browser, or before a sign-out).
   * Extension pages only; never logged, never put in a URL.
   */
  meetingPassword(data: { meetingKey: string }): Reply<MeetingPasswordAnswer>;
  deleteMeeting(data: { meetingKey: string }): Reply<void>;

  // --- explainer ---------------------------------------------------------------------------
  /** From the result detector: a result landed in this frame; inject the explainer panel there. */
  showResultPanel(): Reply<{ shown: boolean }>;
  /** From the panel: open the popup where the browser allows it, else the options page. */
  openExtensionPage(data: { page: 'popup' | 'options' }): Reply<{ opened: 'popup' | 'options' }>;
  /**
   * From the panel, before it shows: whether the host dismissed this result (fingerprint from
   * lib/explainer/fingerprint.ts) and is back by reload or history, the theme to use, and the
   * signed-in (or last) site, where "log out and retry" signs out on pages off webex.com: the
   * panel gets that much of the account and no more (getAccount is for extension pages).
   * Content scripts cannot read all of storage (session items), so the background answers.
   */
  resultPanelSetup(data: {
    fingerprint: string;
    navigationType?: string;
  }): Reply<{ hidden: boolean; theme: Theme; site?: WebExSite }>;
  /** From the panel: the host dismissed this result; keep it hidden on reload. */
  dismissResult(data: { fingerprint: string }): Reply<void>;
  /**
   * Sender policy: the result panel only (a content script in a tab, on the signed-in site).
   * Before the panel offers Start: checks that the sending page is on the signed-in account's
   * site and asks WebEx (GetMeeting) whether this is the host's own meeting; answers its topic
   * and start, or the refusal. Never calls GethosturlMeeting. (lib/explainer/result-meeting.ts)
   */
  describeResultMeeting(data: { meetingKey: string }): Reply<ResultMeetingCheck>;
  /**
   * Sender policy: the result panel only (a content script in a tab, on the signed-in site).
   * Makes the same checks again and, when the host may start the meeting, opens the one-time
   * start link in a new tab from the background. The answer is the check, never the link.
   */
  startResultMeeting(data: { meetingKey: string }): Reply<ResultMeetingCheck>;
  /**
   * Sender policy: extension pages only (the popup's Decode tab). The meeting a pasted result
   * names, checked as describeResultMeeting checks a page's: `siteOrigin` (the pasted address's
   * WebEx site, `https://host`, when it names one) must be the signed-in site, and WebEx
   * (GetMeeting) must say the meeting is the host's own. Never asks for a start link.
   */
  describePastedMeeting(data: {
    meetingKey: string;
    siteOrigin?: string;
  }): Reply<ResultMeetingCheck>;
  /**
   * Sender policy: extension pages only. The same checks again, then the one-time start link
   * opened in a new tab by the background. The answer is the check, never the link.
   */
  startPastedMeeting(data: { meetingKey: string; siteOrigin?: string }): Reply<ResultMeetingCheck>;
}

/** A message's name. */
export type MessageType = keyof ProtocolMap;

/** What a message carries to the background (undefined for messages without data). */
export type MessageData<K extends MessageType> = GetDataType<ProtocolMap[K]>;

/** The Reply a message answers with. */
export type MessageReply<K extends MessageType> = GetReturnType<ProtocolMap[K]>;

export { failedReply, okReply, ticketExpiredReply } from './replies';
export type { ResultMeetingCheck, ResultMeetingRefusal } from './explainer/result-meeting-check';

/** The protocol's messenger: `sendMessage` everywhere, `onMessage` in the background only. */
export const { sendMessage, onMessage, removeAllListeners } =
  defineExtensionMessaging<ProtocolMap>();

/** `sendMessage`'s type, for the environments that pass it to components. */
export type SendMessage = typeof sendMessage;
