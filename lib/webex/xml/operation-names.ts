import { t } from '../../i18n';

/** The XML API operations this client sends, by their WebEx names. */
export type XmlOperation =
  | 'AuthenticateUser'
  | 'GetUser'
  | 'CreateMeeting'
  | 'LstsummaryMeeting'
  | 'GetMeeting'
  | 'DelMeeting'
  | 'GethosturlMeeting'
  | 'GetjoinurlMeeting'
  | 'LstTimeZone'
  | 'LstMeetingType'
  | 'GetAPIVersion';

/**
 * What the host was doing, for messages: "... while signing you in" (locales/*.yml
 * `webex.activity.<operation>`; an operation without its text does not compile).
 */
export function operationActivity(operation: XmlOperation): string {
  return t(`webex.activity.${operation}`);
}
