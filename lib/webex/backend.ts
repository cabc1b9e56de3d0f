import type {
  HostProfile,
  JoinLinks,
  ListWindow,
  MeetingDetails,
  MeetingSummary,
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
 * Every method rejects with a WebExError subclass (lib/webex/errors.ts).
 */
export interface MeetingsBackend {
  /** Exchanges a password for a session. The password is used once and not kept. */
  signIn(site: WebExSite, webExId: string, password: string): Promise<SignInResult>;
  getProfile(session: Session): Promise<HostProfile>;
  schedule(session: Session, request: ScheduleRequest): Promise<ScheduledMeeting>;
  /** The host's own meetings in a window; an empty list is a normal answer. */
  list(session: Session, window: ListWindow): Promise<MeetingSummary[]>;
  get(session: Session, meetingKey: string): Promise<MeetingDetails>;
  /** A one-time, password-free link that signs the host in and starts the meeting. */
  hostUrl(session: Session, meetingKey: string): Promise<string>;
  joinUrls(session: Session, meetingKey: string): Promise<JoinLinks>;
  remove(session: Session, meetingKey: string): Promise<void>;
}
