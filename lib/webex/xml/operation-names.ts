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
  | 'GetAPIVersion';

/** What the host was doing, for messages: "... while signing you in". */
export const OPERATION_ACTIVITY: Readonly<Record<XmlOperation, string>> = {
  AuthenticateUser: 'signing you in',
  GetUser: 'loading your WebEx profile',
  CreateMeeting: 'scheduling the meeting',
  LstsummaryMeeting: 'listing your meetings',
  GetMeeting: 'loading the meeting',
  DelMeeting: 'deleting the meeting',
  GethosturlMeeting: 'preparing the link that starts the meeting',
  GetjoinurlMeeting: 'getting the join link',
  LstTimeZone: 'loading the time zones',
  GetAPIVersion: 'checking the site',
};
