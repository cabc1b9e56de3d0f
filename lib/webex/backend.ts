import type {
  HostProfile,
  JoinLinks,
  ListedMeeting,
  ListWindow,
  MeetingDetails,
  ScheduleRequest,
  ScheduledMeeting,
  Session,
  WebExSite,
} from './types';

export interface SignInResult {
  session: Session;
  profile: HostProfile;
}

/**
 * A WebEx account's meetings, whatever API reaches them. The XML API client implements it
 * today (lib/webex/xml/client.ts); a REST (webexapis.com) backend can stand beside it.
 * Every method rejects with a WebExError subclass (lib/webex/errors.ts). `S` is the session the
 * API needs: the XML `Session` (a ticket), or the REST client's `RestSession` (an access token,
 * lib/webex/rest/session.ts), whose backend offers every method but signIn.
 */
export interface MeetingsBackend<S = Session> {
  /**
   * Exchanges a password for a session. `login` is a WebEx ID or the host's email address;
   * the session holds the real WebEx ID either way. The password is not kept.
   */
  signIn(site: WebExSite, login: string, password: string): Promise<SignInResult>;
  /**
   * The host's profile, with the site's names and limits for the host's meeting types
   * (`siteMeetingTypes`, XML: LstMeetingType) when the site gives them; signIn returns the same.
   */
  getProfile(session: S): Promise<HostProfile>;
  schedule(session: S, request: ScheduleRequest): Promise<ScheduledMeeting>;
  /**
   * The host's own meetings in a window; an empty list is a normal answer. Times are read in
   * the site's own zones (its LstTimeZone, asked once per site and kept); a meeting no zone
   * places keeps its start as WebEx wrote it. No single meeting fails the list.
   */
  list(session: S, window: ListWindow): Promise<ListedMeeting[]>;
  get(session: S, meetingKey: string): Promise<MeetingDetails>;
  /** A one-time, password-free link that signs the host in and starts the meeting. */
  hostUrl(session: S, meetingKey: string): Promise<string>;
  joinUrls(session: S, meetingKey: string): Promise<JoinLinks>;
  remove(session: S, meetingKey: string): Promise<void>;
}
