import type { MeetingsBackend, SignInResult } from '../../../lib/webex/backend';
import { SANDBOX_ACCOUNTS } from '../../sandbox/accounts.ts';
import { WebExApiError, WebExError } from '../../../lib/webex/errors';
import { explainException } from '../../../lib/webex/exception-catalogue';
import type {
  HostProfile,
  JoinLinks,
  ListWindow,
  MeetingSummary,
  ScheduleRequest,
  ScheduledMeeting,
  AccountSession,
  Session,
  WebExSite,
} from '../../../lib/webex/types';

export const ALICE_PASSWORD = SANDBOX_ACCOUNTS.alice.password;
export const TICKET_LIFETIME_MS = 5_400_000;

export function apiError(exceptionId: string, operation = 'Test'): WebExApiError {
  return new WebExApiError(
    exceptionId,
    `reason ${exceptionId}`,
    'PRIMARY',
    explainException(exceptionId),
    operation,
  );
}

export function networkError(): WebExError {
  return new WebExError('network', 'Could not reach', {
    title: 'Could not reach the site',
    meaning: 'Nothing answered.',
    action: 'Check the connection.',
  });
}

/** CreateMeeting's answer never came in time: WebEx may have made the meeting all the same. */
export function timeoutError(): WebExError {
  return new WebExError('timeout', 'CreateMeeting: no answer', {
    title: 'WebEx did not answer in time',
    meaning: 'Too slow.',
    action: 'Look at your upcoming meetings before you schedule it again.',
  });
}

type Operation = keyof MeetingsBackend;

/**
 * A WebEx account in memory: one host, `alice`, whose tickets expire after 90 minutes of the
 * given clock. `failNext(op, error)` makes the next call of an operation fail.
 */
export class FakeBackend implements MeetingsBackend<AccountSession> {
  readonly calls: Array<{ operation: Operation; args: unknown[] }> = [];
  readonly meetings: MeetingSummary[] = [];
  private readonly failures = new Map<Operation, unknown[]>();
  private readonly gates = new Map<Operation, Promise<void>>();
  private tickets = 0;
  private meetingKeys = 100_000_000;

  constructor(private readonly now: () => number) {}

  failNext(operation: Operation, error: unknown): void {
    this.failures.set(operation, [...(this.failures.get(operation) ?? []), error]);
  }

  /** Holds every call of `operation` until the returned function is called. */
  hold(operation: Operation): () => void {
    let release!: () => void;
    this.gates.set(operation, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.gates.delete(operation);
      release();
    };
  }

  callsOf(operation: Operation): unknown[][] {
    return this.calls.filter((call) => call.operation === operation).map((call) => call.args);
  }

  private async enter(operation: Operation, args: unknown[]): Promise<void> {
    this.calls.push({ operation, args });
    await this.gates.get(operation);
    const queued = this.failures.get(operation);
    if (queued?.length) throw queued.shift();
  }

  /** XML tickets are `ticket-N`; a REST session (tests of both APIs) holds a `token-...`. */
  private checkTicket(session: AccountSession): void {
    const credential = session.api === 'rest' ? session.accessToken : session.sessionTicket;
    if (!/^(?:ticket|token)-/.test(credential) || this.now() >= session.expiresAt) {
      throw apiError('030047');
    }
  }

  /** Alice signs in with her WebEx ID or her email address; the session holds `alice`. */
  async signIn(site: WebExSite, login: string, password: string): Promise<SignInResult> {
    await this.enter('signIn', [site, login, password]);
    const isAlice = login === 'alice' || login === SANDBOX_ACCOUNTS.alice.email;
    if (!isAlice || password !== ALICE_PASSWORD) throw apiError('030002', 'AuthenticateUser');
    this.tickets += 1;
    const session: Session = {
      site,
      webExId: 'alice',
      sessionTicket: `ticket-${this.tickets}`,
      expiresAt: this.now() + TICKET_LIFETIME_MS,
    };
    return { session, profile: await this.profile() };
  }

  private async profile(): Promise<HostProfile> {
    return {
      webExId: 'alice',
      firstName: 'Alice',
      lastName: 'Archer',
      email: 'alice@acme.example',
      meetingTypes: [74377],
      timeZoneId: 25,
    };
  }

  async getProfile(session: AccountSession): Promise<HostProfile> {
    await this.enter('getProfile', [session]);
    this.checkTicket(session);
    return this.profile();
  }

  async schedule(session: AccountSession, request: ScheduleRequest): Promise<ScheduledMeeting> {
    await this.enter('schedule', [session, request]);
    this.checkTicket(session);
    this.meetingKeys += 1;
    const meeting: ScheduledMeeting = {
      meetingKey: String(this.meetingKeys),
      topic: request.topic,
      startsAt: request.startsAt,
      durationMinutes: request.durationMinutes,
      timeZoneId: 25,
      meetingPassword: request.meetingPassword ?? 'Gen3rated',
    };
    this.meetings.push({ ...meeting, status: 'NOT_INPROGRESS', hostWebExId: 'alice' });
    return meeting;
  }

  async list(session: AccountSession, window: ListWindow): Promise<MeetingSummary[]> {
    await this.enter('list', [session, window]);
    this.checkTicket(session);
    return this.meetings.filter((m) => m.startsAt >= window.from && m.startsAt <= window.to);
  }

  async get(session: AccountSession, meetingKey: string) {
    await this.enter('get', [session, meetingKey]);
    this.checkTicket(session);
    const found = this.meetings.find((m) => m.meetingKey === meetingKey);
    if (!found) throw apiError('060001');
    return found;
  }

  async hostUrl(session: AccountSession, meetingKey: string): Promise<string> {
    await this.enter('hostUrl', [session, meetingKey]);
    this.checkTicket(session);
    const calls = this.callsOf('hostUrl').length;
    const command = encodeURIComponent(
      `${session.site.origin}/${session.site.name}/m.php?AT=HM&MK=${meetingKey}`,
    );
    return `${session.site.origin}/${session.site.name}/p.php?AT=LI&TK=one-time-${calls}&MU=${command}`;
  }

  async joinUrls(session: AccountSession, meetingKey: string): Promise<JoinLinks> {
    await this.enter('joinUrls', [session, meetingKey]);
    this.checkTicket(session);
    return {
      joinMeetingUrl: `${session.site.origin}/${session.site.name}/e.php?AT=SI&MK=${meetingKey}`,
    };
  }

  async remove(session: AccountSession, meetingKey: string): Promise<void> {
    await this.enter('remove', [session, meetingKey]);
    this.checkTicket(session);
    const index = this.meetings.findIndex((m) => m.meetingKey === meetingKey);
    if (index === -1) throw apiError('060001');
    this.meetings.splice(index, 1);
  }
}
