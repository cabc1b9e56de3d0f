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

const SESSION_TIMED_OUT: ReasonText = {
  texts: 'sessionTimedOut',
  actions: ['sign-in-again', 'dismiss'],
};

// After a ticket sign-in (a start link) the session is fresh, so the likelier cause is an
// account that is not the meeting's host or alternate host; the texts say both.
const NOT_HOST_OR_TIMED_OUT: ReasonText = {
  texts: 'AccessDenied.HM',
  actions: ['sign-in-again', 'start-meeting', 'open-extension', 'dismiss'],
};

const WRONG_MEETING_TYPE: ReasonEntry = {
  texts: 'wrongMeetingType',
  actions: ['open-extension', 'dismiss'],
};

function own(code: ReasonTexts & KnownRsCode, actions: ActionId[]): ReasonEntry {
  return { texts: code, actions };
}

/** Every known RS code's explanation, keyed on the code. */
export const RS_REASONS: Readonly<Record<KnownRsCode, ReasonEntry>> = {
  [RsCode.AccessDenied]: {
    ...own(RsCode.AccessDenied, ['sign-in-again', 'copy-details', 'dismiss']),
    byCommand: {
      ...Object.fromEntries(MEETING_COMMANDS.map((at) => [at, SESSION_TIMED_OUT])),
      [UrlCommand.HostMeeting]: NOT_HOST_OR_TIMED_OUT,
    },
  },
  [RsCode.AlreadyLogon]: {
    ...own(RsCode.AlreadyLogon, ['log-out-and-retry', 'dismiss']),
    byCommand: {
      [UrlCommand.LogIn]: {
        texts: 'AlreadyLogon.LI',
        headline: 'AlreadyLogon.LI',
        actions: ['log-out-and-retry', 'dismiss'],
      },
    },
  },
  [RsCode.AutoLoginDisabled]: own(RsCode.AutoLoginDisabled, ['copy-details', 'dismiss']),
  [RsCode.BadWebExIDorPassword]: own(RsCode.BadWebExIDorPassword, ['sign-in-again', 'dismiss']),
  [RsCode.DoNotSupportAPI]: own(RsCode.DoNotSupportAPI, ['copy-details', 'dismiss']),
  [RsCode.EmailConflict]: own(RsCode.EmailConflict, ['sign-in-again', 'dismiss']),
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
  [RsCode.WebExIDConflict]: own(RsCode.WebExIDConflict, ['sign-in-again', 'dismiss']),
  [RsCode.AccountLocked]: own(RsCode.AccountLocked, ['copy-details', 'dismiss']),
  [RsCode.InvalidSessionTicket]: own(RsCode.InvalidSessionTicket, ['sign-in-again', 'dismiss']),
  [RsCode.InvalidTicket]: own(RsCode.InvalidTicket, ['start-meeting', 'open-extension', 'dismiss']),
  [RsCode.MeetingNotInProgress]: own(RsCode.MeetingNotInProgress, ['start-meeting', 'dismiss']),
  [RsCode.InvalidMeetingKeyOrPassword]: own(RsCode.InvalidMeetingKeyOrPassword, [
    'copy-details',
    'dismiss',
  ]),
  [RsCode.InvalidMeetingKey]: own(RsCode.InvalidMeetingKey, ['open-extension', 'dismiss']),
  [RsCode.MeetingLocked]: own(RsCode.MeetingLocked, ['dismiss']),
  [RsCode.InvalidDataFormat]: own(RsCode.InvalidDataFormat, ['copy-details', 'dismiss']),
  [RsCode.InvalidEmailAddress]: own(RsCode.InvalidEmailAddress, ['open-extension', 'dismiss']),
  [RsCode.InvalidRegistrationID]: own(RsCode.InvalidRegistrationID, ['dismiss']),
  [RsCode.RegistrationIDIsRequired]: own(RsCode.RegistrationIDIsRequired, ['dismiss']),
  [RsCode.LoginRequired]: own(RsCode.LoginRequired, ['sign-in-again', 'dismiss']),
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
