// The URL API's RS codes and what each means for a host: which texts explain it (locales/*.yml
// `webex.rs.*`) and which next steps fit. rs-catalogue.ts turns an entry into words.
import type { ActionId } from './url/command-outcomes';
import { MEETING_COMMANDS, UrlCommand } from './url/commands';
import { RsCode, type KnownRsCode } from './url/rs-codes';

/**
 * Which `webex.rs.<texts>.meaning`, `.whenSeen` and `.action` explain a code: its own, or one
 * shared by codes that mean the same for a host. Every name here must have all three keys in
 * the locale files, or `reasonTexts` does not compile.
 */
export type ReasonTexts =
  | Exclude<
      KnownRsCode,
      typeof RsCode.NoMeetingTypeSupport | typeof RsCode.SiteDoNotSupportThisMeetingType
    >
  | 'wrongMeetingType'
  | 'sessionTimedOut'
  | 'joinTimedOut'
  | 'Unknown.SU'
  | 'AccessDenied.HM'
  | 'AlreadyLogon.LI';

/**
 * Texts that also have a `webex.rs.<texts>.headline`: where the code says more than "the
 * command failed" (AlreadyLogon after LI: the browser is signed in already).
 */
export type ReasonHeadline = 'AlreadyLogon.LI';

/** The texts and next steps for one RS code (or for one command that gives it another meaning). */
export interface ReasonText {
  texts: ReasonTexts;
  actions: ActionId[];
  /** Replaces the command's "Couldn't ..." headline. */
  headline?: ReasonHeadline;
}

/** An RS code's explanation, and where a command changes what the code means. */
export interface ReasonEntry extends ReasonText {
  /** E.g. AccessDenied on m.php means the session timed out. */
  byCommand?: Partial<Record<UrlCommand, ReasonText>>;
}

// The browser's WebEx session timed out (not the extension's sign-in): a fresh start link signs
// in again and starts; a join goes through again once signed in; anything else, sign in there.
const SESSION_TIMED_OUT: ReasonText = {
  texts: 'sessionTimedOut',
  actions: ['start-meeting', 'sign-in-on-site', 'dismiss'],
};

const JOIN_TIMED_OUT: ReasonText = {
  texts: 'joinTimedOut',
  actions: ['join-meeting', 'sign-in-on-site', 'dismiss'],
};

// After a ticket sign-in (a start link) the session is fresh, so the likelier cause is an
// account that is not the meeting's host or alternate host; the texts say both.
const NOT_HOST_OR_TIMED_OUT: ReasonText = {
  texts: 'AccessDenied.HM',
  actions: ['start-meeting', 'open-extension', 'sign-in-on-site', 'dismiss'],
};

const WRONG_MEETING_TYPE: ReasonEntry = {
  texts: 'wrongMeetingType',
  actions: ['open-settings', 'dismiss'],
};

function own(code: ReasonTexts & KnownRsCode, actions: ActionId[]): ReasonEntry {
  return { texts: code, actions };
}

/** Every known RS code's explanation, keyed on the code. */
export const RS_REASONS: Readonly<Record<KnownRsCode, ReasonEntry>> = {
  [RsCode.AccessDenied]: {
    ...own(RsCode.AccessDenied, ['sign-in-on-site', 'copy-details', 'dismiss']),
    byCommand: {
      ...Object.fromEntries(MEETING_COMMANDS.map((at) => [at, SESSION_TIMED_OUT])),
      [UrlCommand.HostMeeting]: NOT_HOST_OR_TIMED_OUT,
      [UrlCommand.JoinMeeting]: JOIN_TIMED_OUT,
    },
  },
  [RsCode.AlreadyLogon]: {
    // A start link met another session: Start again signs out and retries by itself.
    ...own(RsCode.AlreadyLogon, ['sign-out-of-webex', 'start-meeting', 'dismiss']),
    byCommand: {
      [UrlCommand.LogIn]: {
        texts: 'AlreadyLogon.LI',
        headline: 'AlreadyLogon.LI',
        actions: ['sign-out-of-webex', 'dismiss'],
      },
    },
  },
  [RsCode.AutoLoginDisabled]: own(RsCode.AutoLoginDisabled, ['copy-details', 'dismiss']),
  [RsCode.BadWebExIDorPassword]: own(RsCode.BadWebExIDorPassword, ['sign-in-on-site', 'dismiss']),
  [RsCode.DoNotSupportAPI]: own(RsCode.DoNotSupportAPI, ['copy-details', 'dismiss']),
  [RsCode.EmailConflict]: own(RsCode.EmailConflict, ['sign-in-on-site', 'dismiss']),
  [RsCode.NoMeetingTypeSupport]: WRONG_MEETING_TYPE,
  [RsCode.SiteDoNotSupportThisMeetingType]: WRONG_MEETING_TYPE,
  [RsCode.PartnerIDError]: own(RsCode.PartnerIDError, ['copy-details', 'dismiss']),
  [RsCode.TheDurationIsExceedTheMaxDuration]: own(RsCode.TheDurationIsExceedTheMaxDuration, [
    'open-extension',
    'dismiss',
  ]),
  [RsCode.Unknown]: {
    ...own(RsCode.Unknown, ['copy-details', 'dismiss']),
    byCommand: { [UrlCommand.SignUp]: { texts: 'Unknown.SU', actions: ['dismiss'] } },
  },
  [RsCode.WebExIDConflict]: own(RsCode.WebExIDConflict, ['sign-in-on-site', 'dismiss']),
  [RsCode.AccountLocked]: own(RsCode.AccountLocked, ['copy-details', 'dismiss']),
  // The extension's own ticket ran out: a fresh start link (or the popup's sign-in) fixes it.
  [RsCode.InvalidSessionTicket]: own(RsCode.InvalidSessionTicket, [
    'start-meeting',
    'open-extension',
    'dismiss',
  ]),
  [RsCode.InvalidTicket]: own(RsCode.InvalidTicket, ['start-meeting', 'open-extension', 'dismiss']),
  [RsCode.MeetingNotInProgress]: own(RsCode.MeetingNotInProgress, [
    'join-meeting',
    'start-meeting',
    'dismiss',
  ]),
  [RsCode.InvalidMeetingKeyOrPassword]: own(RsCode.InvalidMeetingKeyOrPassword, [
    'copy-details',
    'dismiss',
  ]),
  [RsCode.InvalidMeetingKey]: own(RsCode.InvalidMeetingKey, ['open-extension', 'dismiss']),
  [RsCode.MeetingLocked]: own(RsCode.MeetingLocked, ['dismiss']),
  [RsCode.InvalidDataFormat]: own(RsCode.InvalidDataFormat, [
    'join-meeting',
    'copy-details',
    'dismiss',
  ]),
  [RsCode.InvalidEmailAddress]: own(RsCode.InvalidEmailAddress, ['join-meeting', 'dismiss']),
  [RsCode.InvalidRegistrationID]: own(RsCode.InvalidRegistrationID, ['dismiss']),
  [RsCode.RegistrationIDIsRequired]: own(RsCode.RegistrationIDIsRequired, ['dismiss']),
  [RsCode.LoginRequired]: own(RsCode.LoginRequired, ['sign-in-on-site', 'dismiss']),
  [RsCode.TeleConferenceLineReserveFail]: own(RsCode.TeleConferenceLineReserveFail, [
    'open-extension',
    'copy-details',
    'dismiss',
  ]),
  [RsCode.MeetingScheduleFail]: own(RsCode.MeetingScheduleFail, [
    'open-extension',
    'copy-details',
    'dismiss',
  ]),
};
