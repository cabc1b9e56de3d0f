import type { RestAccountConfig, SandboxConfig } from '../config.ts';
import { PERSONAL_TOKEN_SECONDS, SANDBOX_INTEGRATION } from './integration.ts';

/** A person invited to a meeting (`/meetingInvitees`); `coHost` is REST's alternate host. */
export interface RestInvitee {
  id: string;
  email: string;
  displayName: string;
  coHost: boolean;
}

/** `scheduled` until a test moves it on (`sandbox.rest.state.meetings`). */
export type RestMeetingState = 'scheduled' | 'inProgress' | 'ended';

/** A one-off meeting (a series of one occurrence), as the REST API keeps it. */
export interface RestMeeting {
  /** The series id, 32 hex digits. */
  id: string;
  meetingNumber: string;
  title: string;
  agenda: string;
  password: string;
  /** Epoch ms, cut to the minute. */
  start: number;
  end: number;
  timezone: string;
  /** e.g. `acme.webex.com`. */
  siteUrl: string;
  hostId: string;
  sessionTypeId: number;
  hostKey: string;
  invitees: RestInvitee[];
  state: RestMeetingState;
}

/** An access, refresh or personal access token. */
export interface IssuedToken {
  token: string;
  kind: 'access' | 'refresh' | 'personal';
  accountId: string;
  scopes: string[];
  /** Epoch ms on the sandbox clock. */
  expiresAt: number;
}

/** An authorization code waiting for POST /v1/access_token. */
export interface AuthorizationCode {
  code: string;
  accountId: string;
  redirectUri: string;
  scopes: string[];
  /** S256 challenge, when the authorize request had one. */
  challenge?: string;
  expiresAt: number;
}

/** A link of POST /meetings/join: opens the meeting page on the site until `expiresAt`. */
export interface JoinLink {
  token: string;
  meetingId: string;
  /** A start link (host or cohost) rather than a join link. */
  start: boolean;
  expiresAt: number;
  /** A link to the host's Personal Room (asked by its `webLink`) rather than a meeting. */
  room?: { title: string; siteUrl: string };
}

export interface RestState {
  meetings: RestMeeting[];
  tokens: IssuedToken[];
  codes: AuthorizationCode[];
  joinLinks: JoinLink[];
  /** Webex web sessions (cookie value -> account id) made by signing in on the authorize page. */
  sessions: Map<string, string>;
  /** Account ids that accepted the integration's consent page once. */
  consents: Set<string>;
  /** Create attempts per account (epoch ms), failed ones included: 100 a day. */
  createAttempts: Map<string, number[]>;
  /** Scopes unticked on the integration for this run (tests of `invalid_scope`); none by default. */
  untickedScopes: Set<string>;
}

export interface RestStore {
  readonly state: RestState;
  account(id: string): RestAccountConfig | undefined;
  accountByEmail(email: string): RestAccountConfig | undefined;
  reset(now: number): void;
}

/** The REST side's live state; personal access tokens are issued at every (re)start. */
export function createRestStore(config: SandboxConfig, now: number): RestStore {
  const accounts = config.restAccounts ?? [];
  const fresh = (at: number): RestState => ({
    meetings: [],
    tokens: accounts.map((account) => ({
      token: account.personalAccessToken,
      kind: 'personal',
      accountId: account.id,
      scopes: [...SANDBOX_INTEGRATION.scopes],
      expiresAt: at + PERSONAL_TOKEN_SECONDS * 1000,
    })),
    codes: [],
    joinLinks: [],
    sessions: new Map(),
    consents: new Set(),
    createAttempts: new Map(),
    untickedScopes: new Set(),
  });
  const store = {
    state: fresh(now),
    account: (id: string) => accounts.find((account) => account.id === id),
    accountByEmail: (email: string) =>
      accounts.find((account) => account.email.toLowerCase() === email.toLowerCase()),
    reset(at: number) {
      store.state = fresh(at);
    },
  };
  return store;
}
