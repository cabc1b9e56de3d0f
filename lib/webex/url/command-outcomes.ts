import { formatMeetingNumber } from './meeting-number';

/** What the host can do next; the UI decides how each one looks. */
export type ActionId =
  | 'sign-in-again'
  | 'start-meeting'
  | 'log-out-and-retry'
  | 'open-extension'
  | 'copy-details'
  | 'dismiss';

export interface CommandSuccess {
  headline: string;
  meaning: string;
  action: string;
  actions: ActionId[];
}

function meetingLabel(mk: string | undefined): string {
  return mk ? `meeting ${formatMeetingNumber(mk)}` : 'the meeting';
}

/** "Meeting 123 456 789", or just "Meeting" when WebEx did not say which. */
function meetingTitle(mk: string | undefined): string {
  return mk ? `Meeting ${formatMeetingNumber(mk)}` : 'Meeting';
}

/** "Couldn't start meeting 123 456 789": what failed, in the host's words. */
export function failureHeadline(at: string, mk?: string): string {
  const attempts: Record<string, string> = {
    LI: 'sign in to WebEx',
    LO: 'sign out of WebEx',
    SU: 'create the WebEx account',
    HM: `start ${meetingLabel(mk)}`,
    JM: `join ${meetingLabel(mk)}`,
    SM: mk ? `schedule ${meetingLabel(mk)}` : 'schedule the meeting',
    IM: 'start an instant meeting',
    DM: `delete ${meetingLabel(mk)}`,
    OM: 'open the list of meetings',
  };
  const attempt = attempts[at];
  return attempt ? `Couldn't ${attempt}` : `WebEx couldn't complete the request (${at})`;
}

/** What a successful command means for the host. */
export function commandSuccess(at: string, mk?: string, wid?: string): CommandSuccess {
  const done = { action: 'Nothing else to do.', actions: ['dismiss'] as ActionId[] };
  switch (at) {
    case 'LI':
      return {
        headline: 'Signed in',
        meaning: wid
          ? `WebEx signed you in to this site as ${wid}.`
          : 'WebEx signed you in to this site.',
        ...done,
      };
    case 'LO':
      return {
        headline: 'Signed out',
        meaning: 'WebEx signed you out of this site in this browser.',
        ...done,
      };
    case 'SU':
      return {
        headline: 'WebEx account created',
        meaning: 'WebEx created the account on this site.',
        ...done,
      };
    case 'HM':
    case 'JM': {
      const verb = at === 'HM' ? 'start' : 'join';
      return {
        headline: at === 'HM' ? `${meetingTitle(mk)} started` : `Joined ${meetingLabel(mk)}`,
        meaning:
          `WebEx accepted your request to ${verb} ${meetingLabel(mk)}. WebEx often reports this only ` +
          'when the meeting window closes, so seeing it now can also mean the meeting is over.',
        action: `If the meeting window did not open, ${verb} the meeting again from the extension.`,
        actions: ['dismiss'],
      };
    }
    case 'SM':
      return mk
        ? {
            headline: `${meetingTitle(mk)} scheduled`,
            meaning: 'Your meeting is on the WebEx schedule.',
            action: 'Start it now, or copy the details to invite people.',
            actions: ['start-meeting', 'copy-details', 'dismiss'],
          }
        : {
            headline: 'Meeting scheduled',
            meaning: 'Your meeting is on the WebEx schedule.',
            action: "You'll find it in the extension's list of upcoming meetings.",
            actions: ['open-extension', 'dismiss'],
          };
    case 'IM':
      return {
        headline: 'Instant meeting started',
        meaning: 'WebEx started a meeting for you right now.',
        action: 'Wait for the meeting window to open, then invite people from inside the meeting.',
        actions: ['dismiss'],
      };
    case 'DM':
      return {
        headline: `${meetingTitle(mk)} deleted`,
        meaning: 'WebEx removed the meeting from the schedule.',
        ...done,
      };
    default:
      return {
        headline: 'WebEx request completed',
        meaning: `WebEx reports that the ${at} request succeeded.`,
        ...done,
      };
  }
}
