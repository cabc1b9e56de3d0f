import type { SandboxConfig } from './config.ts';
import type { RestState } from './rest/state.ts';
import type { SiteState } from './state.ts';

/** A failure the next matching XMLService request(s) will meet instead of a normal answer. */
export type Fault = (
  | { kind: 'latency'; ms: number }
  | { kind: 'http500' }
  | { kind: 'html' }
  | { kind: 'truncated' }
  | { kind: 'exception'; exceptionId: '000035' | '000045' }
  | { kind: 'reset' }
  /** As `reset`, but only on a connection that already carried a request: Chromium resends then. */
  | { kind: 'connection-drop' }
  /** CreateMeeting only: a second meeting with the same confName and startDate is created first. */
  | { kind: 'duplicate-create' }
  /** webexapis.com: the request's bearer token expires now, so the request meets a 401. */
  | { kind: 'rest-expired-token' }
  /** webexapis.com: 403 with a JSON error, nothing done. */
  | { kind: 'rest-forbidden' }
  /** webexapis.com: 429 with an HTML body and `Retry-After` (seconds, default 30), nothing done. */
  | { kind: 'rest-rate-limit'; retryAfterSeconds?: number }
  /** webexapis.com: a 5xx (default 500; 503 with `Retry-After: 10`) JSON error, nothing done. */
  | { kind: 'rest-server-error'; status?: 500 | 502 | 503 | 504 }
  /** webexapis.com: the request is carried out, then the connection closes with no answer. */
  | { kind: 'rest-lost-answer' }
) & {
  /**
   * Only requests for this operation: an XML one (e.g. `CreateMeeting`) or, on webexapis.com,
   * method and OpenAPI path (e.g. `POST /meetings`, `GET /meetings/{meetingId}`,
   * `POST /access_token`); any operation when left out.
   */
  operation?: string;
  /** How many requests it affects; 1 when left out. */
  times?: number;
};

export interface RecordedRequest {
  /** siteName from the securityContext (undefined when the envelope could not be read). */
  site: string | undefined;
  /** e.g. `CreateMeeting` (undefined when the envelope could not be read). */
  operation: string | undefined;
  body: string;
  /** Valid against the published XSD, allowing only the documented schema gaps. */
  xsdValid: boolean;
  /** Validator messages not covered by a documented schema gap. */
  xsdErrors: string[];
  /** Validator messages tolerated as documented schema gaps (see README). */
  schemaGaps: string[];
  /** `legacy-java`: the `java:com.webex.service.binding...` form, accepted without the XSD. */
  form: 'namespaced' | 'legacy-java' | 'unreadable';
  /** Sandbox clock, epoch ms. */
  at: number;
}

/** One exchange with webexapis.com (the Authorization header is never kept). */
export interface RecordedRestRequest {
  method: string;
  /** Under /v1, e.g. `/meetings/abc`. */
  path: string;
  /** The query string without `?`. */
  query: string;
  contentType: string | undefined;
  body: string;
  status: number;
  /** Content-Type of the answer; undefined for an empty one. */
  answerType: string | undefined;
  answer: string;
  /** Extra answer headers (`Link`, `Retry-After`, `Location`). */
  headers: Record<string, string>;
  /** Sandbox clock, epoch ms. */
  at: number;
}

export interface SandboxClock {
  now(): number;
  set(ms: number): void;
  advance(ms: number): void;
}

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Sites, accounts and extra host names; tests/sandbox/sites.json when left out. */
  config?: SandboxConfig;
  /** true (default): HTTPS with a throw-away self-signed certificate. */
  https?: boolean;
  /** Start instant (epoch ms) of the sandbox clock, or 'real' to follow Date.now(). Default SANDBOX_EPOCH. */
  clock?: number | 'real';
}

export interface Sandbox {
  port: number;
  /** https://127.0.0.1:PORT (http:// when https is off). */
  url: string;
  /** The certificate to trust (PEM); empty without HTTPS. */
  certificatePem: string;
  clock: SandboxClock;
  faults: { inject(fault: Fault): void; clear(): void };
  /** Every XMLService request, oldest first. */
  requests: RecordedRequest[];
  /** webexapis.com: its live state (meetings, tokens, codes, sessions) and every exchange. */
  rest: { readonly state: RestState; requests: RecordedRestRequest[] };
  /** The live state of one site (meetings, sessions, tickets). */
  state(site: string): SiteState;
  /** State, clock, faults and recorded requests back to how they started. */
  reset(): void;
  close(): Promise<void>;
}
