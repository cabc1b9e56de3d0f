import type { SandboxConfig } from './config.ts';
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
) & {
  /** Only requests for this operation (e.g. `CreateMeeting`); any operation when left out. */
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
  /** The live state of one site (meetings, sessions, tickets). */
  state(site: string): SiteState;
  /** State, clock, faults and recorded requests back to how they started. */
  reset(): void;
  close(): Promise<void>;
}
