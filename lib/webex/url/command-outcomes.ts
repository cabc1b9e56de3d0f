import { t } from '../../i18n';
import { UrlCommand } from './commands';
import { formatMeetingNumber } from './meeting-number';

/**
 * What the host can do next; the UI decides how each one looks. `sign-in-on-site` opens the
 * WebEx site's own sign-in (landing) page: the browser's WebEx session, not the extension's;
 * `sign-out-of-webex` signs the browser out of the WebEx site; `start-meeting` gets a fresh
 * ticket link from the extension (after its checks); `join-meeting` joins the result's meeting
 * (`m.php?AT=JM&MK=..`, no password); `open-settings` opens the extension's options page.
 */
export type ActionId =
  | 'sign-in-on-site'
  | 'start-meeting'
  | 'join-meeting'
  | 'sign-out-of-webex'
  | 'open-extension'
  | 'open-settings'
  | 'copy-details'
  | 'dismiss';

/** Plain words for a command that succeeded, with the next steps the host may take. */
export interface CommandSuccess {
  headline: string;
  meaning: string;
  action: string;
  actions: ActionId[];
}

/** "Couldn't start meeting 123 456 789": what failed, in the host's words. */
export function failureHeadline(at: string, mk?: string): string {
  const number = mk ? formatMeetingNumber(mk) : undefined;
  switch (at) {
    case UrlCommand.LogIn:
      return t('webex.command.LI.failed');
    case UrlCommand.LogOut:
      return t('webex.command.LO.failed');
    case UrlCommand.SignUp:
      return t('webex.command.SU.failed');
    case UrlCommand.InstantMeeting:
      return t('webex.command.IM.failed');
    case UrlCommand.OpenMeetings:
      return t('webex.command.OM.failed');
    case UrlCommand.CreateOffice:
      return t('webex.command.CO.failed');
    case UrlCommand.HostMeeting:
    case UrlCommand.JoinMeeting:
    case UrlCommand.ScheduleMeeting:
    case UrlCommand.DeleteMeeting:
      return number
        ? t(`webex.command.${at}.failedNumbered`, { number })
        : t(`webex.command.${at}.failed`);
    default:
      return t('webex.command.other.failed', { command: at });
  }
}

/** What else a successful command sent back (shown as quoted facts, never in these words). */
export interface SuccessDetails {
  /** How many values WebEx returned besides AT and ST (shown as facts). */
  otherValues?: number;
}

// The office's ID and address (OID, OURL) came in the address: shown as quoted facts only.
function officeCreated(): CommandSuccess {
  return {
    headline: t('webex.command.CO.headline'),
    meaning: t('webex.command.CO.meaning'),
    action: t('webex.command.CO.action'),
    actions: ['copy-details', 'dismiss'],
  };
}

/**
 * What a successful command means for the host. `mk` must already be a meeting number (digits):
 * it is the only value from the address these words may carry. The WebEx ID, office ID and
 * address are shown as quoted facts instead.
 */
export function commandSuccess(
  at: string,
  mk?: string,
  details: SuccessDetails = {},
): CommandSuccess {
  const number = mk ? formatMeetingNumber(mk) : undefined;
  const done = { action: t('webex.command.done'), actions: ['dismiss'] as ActionId[] };
  switch (at) {
    case UrlCommand.LogIn:
      return {
        headline: t('webex.command.LI.headline'),
        meaning: t('webex.command.LI.meaning'),
        ...done,
      };
    case UrlCommand.LogOut:
    case UrlCommand.SignUp:
      return {
        headline: t(`webex.command.${at}.headline`),
        meaning: t(`webex.command.${at}.meaning`),
        ...done,
      };
    case UrlCommand.DeleteMeeting:
      return {
        headline: number
          ? t('webex.command.DM.headlineNumbered', { number })
          : t('webex.command.DM.headline'),
        meaning: t('webex.command.DM.meaning'),
        ...done,
      };
    case UrlCommand.HostMeeting:
    case UrlCommand.JoinMeeting:
      return {
        headline: number
          ? t(`webex.command.${at}.headlineNumbered`, { number })
          : t(`webex.command.${at}.headline`),
        meaning: number
          ? t(`webex.command.${at}.meaningNumbered`, { number })
          : t(`webex.command.${at}.meaning`),
        action: t(`webex.command.${at}.action`),
        actions: ['dismiss'],
      };
    case UrlCommand.ScheduleMeeting:
      return number
        ? {
            headline: t('webex.command.SM.headlineNumbered', { number }),
            meaning: t('webex.command.SM.meaning'),
            action: t('webex.command.SM.actionNumbered'),
            actions: ['start-meeting', 'copy-details', 'dismiss'],
          }
        : {
            headline: t('webex.command.SM.headline'),
            meaning: t('webex.command.SM.meaning'),
            action: t('webex.command.SM.action'),
            actions: ['open-extension', 'dismiss'],
          };
    case UrlCommand.InstantMeeting:
      return {
        headline: t('webex.command.IM.headline'),
        meaning: t('webex.command.IM.meaning'),
        action: t('webex.command.IM.action'),
        actions: ['dismiss'],
      };
    case UrlCommand.CreateOffice:
      return officeCreated();
    default:
      return {
        headline: t('webex.command.other.headline'),
        meaning: details.otherValues
          ? t('webex.command.other.meaningWithValues', { command: at })
          : t('webex.command.other.meaning', { command: at }),
        ...(details.otherValues
          ? { action: t('webex.command.other.action'), actions: ['copy-details', 'dismiss'] }
          : done),
      };
  }
}
