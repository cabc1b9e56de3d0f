// What a URL API result (AT, ST, RS) means for a host, in plain words. Loaded by the content
// script only when a page carries a result, so it may be as long as it needs to be.
import { commandSuccess, failureHeadline, type ActionId } from './url/command-outcomes';
import { formatMeetingNumber } from './url/meeting-number';
import { KNOWN_RS_CODES, knownRsCode, type KnownRsCode } from './url/rs-codes';

export { formatMeetingNumber, KNOWN_RS_CODES, type ActionId, type KnownRsCode };

export interface ResultToExplain {
  at: string;
  st: 'SUCCESS' | 'FAIL';
  rs?: string;
  mk?: string;
  wid?: string;
}

export interface ResultExplanation {
  headline: string;
  meaning: string;
  whenSeen?: string;
  action: string;
  actions: ActionId[];
  /** False when WebEx gave a reason code the catalogue does not know, or none at all. */
  known: boolean;
  /** The RS code as text, in the catalogue's spelling when known. */
  code?: string;
}

interface ReasonText {
  meaning: string;
  whenSeen: string;
  action: string;
  actions: ActionId[];
}

interface ReasonEntry extends ReasonText {
  /** Where a command changes what the code means, e.g. AccessDenied on m.php. */
  byCommand?: Record<string, Partial<ReasonText>>;
}

const MEETING_COMMANDS = ['HM', 'JM', 'SM', 'IM', 'DM', 'OM'];

const SESSION_TIMED_OUT: Partial<ReasonText> = {
  meaning:
    'Your WebEx sign-in on this site timed out: WebEx ends a session after 30 minutes without activity.',
  whenSeen: 'When you start, join or schedule a meeting in a browser that sat idle for a while.',
  action: 'Sign in again, then repeat what you were doing.',
  actions: ['sign-in-again', 'dismiss'],
};

const WRONG_MEETING_TYPE: ReasonText = {
  meaning: "The meeting type asked for (or your default one) isn't available on this WebEx site.",
  whenSeen: 'When you schedule a meeting or start an instant meeting.',
  action:
    "Pick another meeting type in the extension's settings (it lists the types your account may use) " +
    'and try again. If none works, ask your WebEx site administrator which types your account has.',
  actions: ['open-extension', 'dismiss'],
};

const CATALOGUE: Record<KnownRsCode, ReasonEntry> = {
  AccessDenied: {
    meaning:
      "WebEx refused the request: your session on this site has ended, or your account isn't allowed to do this.",
    whenSeen:
      'When you come back to WebEx after 30 minutes without activity, or ask for something your account has no right to.',
    action:
      'Sign in again and repeat what you were doing. If it keeps happening, ask your WebEx site administrator ' +
      'whether your account has the privilege this needs.',
    actions: ['sign-in-again', 'copy-details', 'dismiss'],
    byCommand: Object.fromEntries(MEETING_COMMANDS.map((at) => [at, SESSION_TIMED_OUT])),
  },
  AlreadyLogon: {
    meaning:
      'This browser was already signed in to the WebEx site, so WebEx skipped the sign-in and did not run ' +
      'the next step (such as starting your meeting).',
    whenSeen: 'When a link signs you in while another WebEx session is still open in this browser.',
    action:
      "Sign out of WebEx and try again; the extension can do both in one step. If the open session isn't yours, " +
      'signing out is the right thing to do anyway.',
    actions: ['log-out-and-retry', 'dismiss'],
  },
  AutoLoginDisabled: {
    meaning:
      "This WebEx site doesn't let other tools sign you in or out: automatic login is turned off in its settings.",
    whenSeen: 'When signing in, signing out or creating an account through a link.',
    action:
      'Sign in on the WebEx site itself, then use the extension again. To fix it for good, ask your WebEx ' +
      'site administrator to turn on automatic login (URL API login) for the site.',
    actions: ['copy-details', 'dismiss'],
  },
  BadWebExIDorPassword: {
    meaning:
      "WebEx didn't accept the WebEx ID and password, or there is no such account on this site.",
    whenSeen: 'When signing in.',
    action:
      'Check your WebEx ID (often your email address) and your password, then sign in again. If you forgot ' +
      'the password, reset it on the WebEx site or ask your site administrator.',
    actions: ['sign-in-again', 'dismiss'],
  },
  DoNotSupportAPI: {
    meaning:
      "This WebEx site doesn't accept commands from other tools: its integration API is turned off or has been retired.",
    whenSeen:
      'With any link the extension opens, on sites where the API is off. Cisco retired this API for most sites in 2024.',
    action:
      'Start or join the meeting from the WebEx site or app directly. Your WebEx site administrator can tell ' +
      'you whether the API can be turned on for your site.',
    actions: ['copy-details', 'dismiss'],
  },
  EmailConflict: {
    meaning: 'Another WebEx account on this site already uses this email address.',
    whenSeen: 'When creating a WebEx account.',
    action:
      'Sign in with the existing account, or use a different email address. If the address is yours and you ' +
      "don't know the account, ask your site administrator.",
    actions: ['sign-in-again', 'dismiss'],
  },
  NoMeetingTypeSupport: WRONG_MEETING_TYPE,
  SiteDoNotSupportThisMeetingType: WRONG_MEETING_TYPE,
  PartnerIDError: {
    meaning: "The request carried a partner ID that doesn't belong to this WebEx site.",
    whenSeen: 'When an integration creates an account.',
    action:
      'This is a set-up problem of the integration, not something you did. Copy the details and send them ' +
      'to your WebEx site administrator.',
    actions: ['copy-details', 'dismiss'],
  },
  TheDurationIsExceedTheMaxDuration: {
    meaning:
      'The meeting is longer than this WebEx site allows; some sites allow less than an hour.',
    whenSeen: 'When you schedule a meeting or start an instant meeting.',
    action:
      'Make the meeting shorter (try 20 minutes, then 15) and try again. Your site administrator can tell you ' +
      'the longest meeting the site allows.',
    actions: ['open-extension', 'dismiss'],
  },
  Unknown: {
    meaning: 'WebEx reported a failure without saying why.',
    whenSeen: 'Rarely, with any command.',
    action:
      'Try again. If it happens again, copy the details and send them to your WebEx site administrator.',
    actions: ['copy-details', 'dismiss'],
    byCommand: {
      SU: {
        meaning: 'The email address is missing or is not a valid address.',
        whenSeen: 'When creating a WebEx account.',
        action: 'Enter a complete email address, like name@example.com, and try again.',
        actions: ['dismiss'],
      },
    },
  },
  WebExIDConflict: {
    meaning: 'That WebEx ID is already taken on this site.',
    whenSeen: 'When creating a WebEx account.',
    action: 'Choose a different WebEx ID, or sign in if the account is yours.',
    actions: ['sign-in-again', 'dismiss'],
  },
  AccountLocked: {
    meaning:
      'Your WebEx account is locked, usually after too many wrong passwords or by your site administrator.',
    whenSeen: 'When signing in.',
    action:
      'Wait a while and try again, reset your password on the WebEx site, or ask your WebEx site ' +
      'administrator to unlock the account.',
    actions: ['copy-details', 'dismiss'],
  },
  InvalidSessionTicket: {
    meaning: 'The sign-in the extension used has expired.',
    whenSeen:
      'When the extension opens WebEx with a session that has run out (after about 90 minutes).',
    action: 'Sign in to the extension again, then try again.',
    actions: ['sign-in-again', 'dismiss'],
  },
  InvalidTicket: {
    meaning:
      'The start link was already used or has expired: each start link works once, for a short time.',
    whenSeen: 'When you open a start link a second time, or long after the extension made it.',
    action: 'Start the meeting again from the extension; it gets a fresh link every time.',
    actions: ['start-meeting', 'open-extension', 'dismiss'],
  },
  MeetingNotInProgress: {
    meaning:
      "The meeting isn't running: the host hasn't started it yet, or it has already ended, and it doesn't let " +
      'people join before the host.',
    whenSeen: 'When joining a meeting before the host starts it.',
    action:
      "Wait for the host to start the meeting, then join again. If it's your meeting, start it instead.",
    actions: ['start-meeting', 'dismiss'],
  },
  InvalidMeetingKeyOrPassword: {
    meaning: "WebEx didn't recognise the meeting number, or the meeting password is wrong.",
    whenSeen: 'When joining a meeting.',
    action:
      'Check the meeting number and password in the invitation, then join again. The meeting may also have ' +
      'been cancelled.',
    actions: ['copy-details', 'dismiss'],
  },
  InvalidMeetingKey: {
    meaning:
      'There is no meeting with this number on this WebEx site: it may have been deleted, or it belongs to another site.',
    whenSeen: 'When starting or joining a meeting.',
    action:
      'Check the meeting number. If the meeting was deleted, schedule a new one in the extension.',
    actions: ['open-extension', 'dismiss'],
  },
  MeetingLocked: {
    meaning: 'The host has locked the meeting, so nobody else can join right now.',
    whenSeen: 'When joining a meeting that is already running.',
    action: 'Ask the host to unlock the meeting, then join again.',
    actions: ['dismiss'],
  },
  InvalidDataFormat: {
    meaning:
      "WebEx couldn't read some of the details sent with the request, such as a name or a number in the wrong format.",
    whenSeen: 'When joining a meeting.',
    action:
      'Try again from the extension. If it keeps failing, copy the details and send them to your WebEx site administrator.',
    actions: ['copy-details', 'dismiss'],
  },
  InvalidEmailAddress: {
    meaning: 'The email address sent with the request is not a valid address.',
    whenSeen: 'When joining a meeting that asks for your name and email address.',
    action: "Check the email address in the extension's settings, then join again.",
    actions: ['open-extension', 'dismiss'],
  },
  InvalidRegistrationID: {
    meaning: "The registration ID isn't valid for this meeting.",
    whenSeen: 'When joining a meeting that requires registration.',
    action: 'Use the registration ID from your registration confirmation email, or register again.',
    actions: ['dismiss'],
  },
  RegistrationIDIsRequired: {
    meaning: 'This meeting requires registration, and no registration ID was given.',
    whenSeen: 'When joining a meeting that requires registration.',
    action:
      'Register for the meeting (see the invitation), then join with the registration ID you receive.',
    actions: ['dismiss'],
  },
  LoginRequired: {
    meaning: 'This meeting only admits people who are signed in to the WebEx site.',
    whenSeen: "When joining a meeting restricted to the site's users.",
    action: 'Sign in to WebEx, then join again.',
    actions: ['sign-in-again', 'dismiss'],
  },
  TeleConferenceLineReserveFail: {
    meaning: "WebEx couldn't reserve the phone conference lines the meeting needs.",
    whenSeen: 'When scheduling a meeting with telephone audio.',
    action:
      'Try again, or schedule the meeting with another audio option. If it keeps failing, ask your site ' +
      'administrator: the site may have no free lines at that time.',
    actions: ['open-extension', 'copy-details', 'dismiss'],
  },
  MeetingScheduleFail: {
    meaning: "WebEx couldn't put the meeting on the schedule.",
    whenSeen: 'When scheduling a meeting.',
    action:
      'Check the date, time and length of the meeting (WebEx refuses dates after 2050), then try again from ' +
      'the extension. If it keeps failing, copy the details for your WebEx site administrator.',
    actions: ['open-extension', 'copy-details', 'dismiss'],
  },
};

function withoutUnusable(actions: ActionId[], mk: string | undefined): ActionId[] {
  return mk ? actions : actions.filter((action) => action !== 'start-meeting');
}

function explainFailure(
  at: string,
  rs: string | undefined,
  mk: string | undefined,
): ResultExplanation {
  const headline = failureHeadline(at, mk);
  const code = rs?.trim() || undefined;
  if (!code) {
    return {
      headline,
      meaning: 'WebEx reported that this failed but gave no reason.',
      action:
        'Try again. If it happens again, copy the details and send them to your WebEx site administrator.',
      actions: ['copy-details', 'dismiss'],
      known: false,
    };
  }
  const known = knownRsCode(code);
  if (!known) {
    return {
      headline,
      meaning: `WebEx gave the reason "${code}", which this extension doesn't know yet.`,
      action:
        'Try again. If it happens again, copy the details (they include the reason) and send them to your ' +
        'WebEx site administrator.',
      actions: ['copy-details', 'dismiss'],
      known: false,
      code,
    };
  }
  const { byCommand, ...general } = CATALOGUE[known];
  const text = { ...general, ...byCommand?.[at] };
  return {
    headline,
    ...text,
    actions: withoutUnusable(text.actions, mk),
    known: true,
    code: known,
  };
}

/** What a URL API result means for the host and what they can do next. Codes match in any case. */
export function explainResult(result: ResultToExplain): ResultExplanation {
  const at = result.at.trim().toUpperCase();
  const mk = result.mk?.trim() || undefined;
  if (result.st === 'SUCCESS') {
    return { ...commandSuccess(at, mk, result.wid?.trim() || undefined), known: true };
  }
  return explainFailure(at, result.rs, mk);
}
