import type { HostConfig, SandboxConfig } from './config.ts';
import type { TokenSource } from './tokens.ts';

export type MeetingStatus = 'NOT_INPROGRESS' | 'INPROGRESS';

export interface MeetingAttendee {
  name: string;
  email: string;
  role: string;
}

export interface Meeting {
  meetingKey: string;
  hostWebExId: string;
  confName: string;
  meetingType: number;
  agenda: string;
  meetingPassword: string | undefined;
  /** Wall-clock start in the meeting's zone, `MM/DD/YYYY HH:MM:SS`. */
  startDate: string;
  /** The same start as an instant (epoch ms). */
  startsAt: number;
  timeZoneID: number;
  durationMinutes: number;
  openTimeSeconds: number;
  maxUserNumber: number;
  attendees: MeetingAttendee[];
  status: MeetingStatus;
  hostJoined: boolean;
  guestToken: string;
  meetingUUID: string;
  hostMtid: string;
  attendeeMtid: string;
  hostKey: string;
  eventID: string;
}

/** An XML API session ticket from AuthenticateUser. */
export interface SessionTicket {
  ticket: string;
  webExId: string;
  createTime: number;
  timeToLiveSeconds: number;
}

/** A browser's URL API session (cookie), alive 30 idle minutes. */
export interface BrowserSession {
  id: string;
  webExId: string;
  lastSeen: number;
}

/** A one-time login ticket (TK) from GethosturlMeeting. */
export interface HostUrlTicket {
  ticket: string;
  webExId: string;
  expiresAt: number;
}

export interface SiteState {
  meetings: Meeting[];
  sessionTickets: SessionTicket[];
  browserSessions: BrowserSession[];
  hostUrlTickets: HostUrlTicket[];
}

export interface SandboxState {
  site(name: string): SiteState;
  /** A 9-digit meeting key not used on any site. */
  newMeetingKey(): string;
  reset(): void;
}

export function createState(config: SandboxConfig, tokens: TokenSource): SandboxState {
  let sites = new Map<string, SiteState>();
  const fresh = () => {
    sites = new Map(
      config.sites.map((site) => [
        site.name,
        { meetings: [], sessionTickets: [], browserSessions: [], hostUrlTickets: [] },
      ]),
    );
  };
  fresh();
  return {
    site(name) {
      const site = sites.get(name);
      if (!site)
        throw new Error(`No sandbox site "${name}" (configured: ${[...sites.keys()].join(', ')})`);
      return site;
    },
    newMeetingKey() {
      const used = new Set(
        [...sites.values()].flatMap((site) => site.meetings.map((m) => m.meetingKey)),
      );
      let key = tokens.digits(9);
      while (used.has(key)) key = tokens.digits(9);
      return key;
    },
    reset: fresh,
  };
}

export function removeWhere<T>(items: T[], predicate: (item: T) => boolean): void {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    if (predicate(items[index] as T)) items.splice(index, 1);
  }
}

/** The meeting's host, or an alternate host (attendee with role HOST) of it. */
export function isHostOf(meeting: Meeting, host: HostConfig): boolean {
  const email = host.email.toLowerCase();
  return (
    meeting.hostWebExId === host.webExId ||
    meeting.attendees.some(
      (attendee) => attendee.role === 'HOST' && attendee.email.toLowerCase() === email,
    )
  );
}
