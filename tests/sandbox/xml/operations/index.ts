import type { Operation } from '../context.ts';
import { authenticateUser } from './authenticate-user.ts';
import { createMeeting } from './create-meeting.ts';
import { delMeeting } from './del-meeting.ts';
import { getAPIVersion } from './get-api-version.ts';
import { getMeeting } from './get-meeting.ts';
import { getUser } from './get-user.ts';
import { gethosturlMeeting } from './gethosturl-meeting.ts';
import { getjoinurlMeeting } from './getjoinurl-meeting.ts';
import { lstsummaryMeeting } from './lstsummary-meeting.ts';
import { lstMeetingType } from './lst-meeting-type.ts';
import { lstTimeZone } from './lst-time-zone.ts';

/** The operations the sandbox serves, by WebEx name. */
export const OPERATIONS: Record<string, Operation> = {
  AuthenticateUser: authenticateUser,
  GetUser: getUser,
  CreateMeeting: createMeeting,
  LstsummaryMeeting: lstsummaryMeeting,
  GetMeeting: getMeeting,
  DelMeeting: delMeeting,
  GethosturlMeeting: gethosturlMeeting,
  GetjoinurlMeeting: getjoinurlMeeting,
  LstTimeZone: lstTimeZone,
  LstMeetingType: lstMeetingType,
  GetAPIVersion: getAPIVersion,
};
