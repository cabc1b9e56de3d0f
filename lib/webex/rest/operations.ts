import { operationActivity, type XmlOperation } from '../xml/operation-names';

/**
 * The REST calls the client makes, each named for messages and error details. Several share an
 * activity text with their XML counterpart (locales/*.yml `webex.activity.<XML name>`).
 */
export const REST_OPERATIONS = {
  getPerson: { request: 'GET /people/me', like: 'GetUser' },
  getPreferences: { request: 'GET /meetingPreferences', like: 'GetUser' },
  listSessionTypes: { request: 'GET /meetings/sessionTypes', like: 'LstMeetingType' },
  listMeetings: { request: 'GET /meetings', like: 'LstsummaryMeeting' },
  findMeeting: { request: 'GET /meetings?meetingNumber', like: 'GetMeeting' },
  createMeeting: { request: 'POST /meetings', like: 'CreateMeeting' },
  getMeeting: { request: 'GET /meetings/{meetingId}', like: 'GetMeeting' },
  deleteMeeting: { request: 'DELETE /meetings/{meetingId}', like: 'DelMeeting' },
  startLink: { request: 'POST /meetings/join', like: 'GethosturlMeeting' },
  joinLink: { request: 'POST /meetings/join', like: 'GetjoinurlMeeting' },
  // "Sign in with Webex" (lib/webex/rest/oauth/): the authorize page's answer, the token endpoint.
  authorize: { request: 'GET /authorize', like: 'AuthenticateUser' },
  accessToken: { request: 'POST /access_token', like: 'AuthenticateUser' },
} as const satisfies Record<string, { request: string; like: XmlOperation }>;

/** One REST call of the client, by name. */
export type RestOperation = keyof typeof REST_OPERATIONS;

/** What the host was doing, for messages: "... while scheduling the meeting". */
export function restActivity(operation: RestOperation): string {
  return operationActivity(REST_OPERATIONS[operation].like);
}

/** The method and path, for error details (`operation`): e.g. `POST /meetings`. */
export function restRequestName(operation: RestOperation): string {
  return REST_OPERATIONS[operation].request;
}
