/**
 * The URL API's commands (`AT`), by WebEx's page list: p.php logs in, logs out and signs up;
 * m.php hosts, joins, schedules, starts instant meetings, deletes and opens the meeting list;
 * o.php creates an office (answering its ID, `OID`, and address, `OURL`).
 */
export const UrlCommand = {
  LogIn: 'LI',
  LogOut: 'LO',
  SignUp: 'SU',
  HostMeeting: 'HM',
  JoinMeeting: 'JM',
  ScheduleMeeting: 'SM',
  InstantMeeting: 'IM',
  DeleteMeeting: 'DM',
  OpenMeetings: 'OM',
  CreateOffice: 'CO',
} as const;

/** One of the commands above, e.g. `'HM'`. */
export type UrlCommand = (typeof UrlCommand)[keyof typeof UrlCommand];

/** The m.php commands that act on a meeting while signed in. */
export const MEETING_COMMANDS: readonly UrlCommand[] = [
  UrlCommand.HostMeeting,
  UrlCommand.JoinMeeting,
  UrlCommand.ScheduleMeeting,
  UrlCommand.InstantMeeting,
  UrlCommand.DeleteMeeting,
  UrlCommand.OpenMeetings,
];

/** A URL API result's status (`ST`), once other spellings are folded into WebEx's two. */
export const ResultStatus = {
  Success: 'SUCCESS',
  Fail: 'FAIL',
} as const;

/** `'SUCCESS'` or `'FAIL'`. */
export type ResultStatus = (typeof ResultStatus)[keyof typeof ResultStatus];
