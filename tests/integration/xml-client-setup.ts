import { expect } from 'vitest';
import { fetch as undiciFetch, type RequestInit as UndiciRequestInit } from 'undici';
import { createXmlBackend, type XmlApiEnvironment } from '../../lib/webex/xml/client';
import { WebExError } from '../../lib/webex/errors';
import type { MeetingsBackend } from '../../lib/webex/backend';
import type { ScheduleRequest, WebExSite } from '../../lib/webex/types';
import { SANDBOX_ACCOUNTS, type SandboxAccount } from '../sandbox/accounts.ts';
import { SANDBOX_EPOCH } from '../sandbox/index.ts';
import { useSandbox, type SandboxFixture } from '../sandbox/test-setup.ts';

export const ACME: WebExSite = { name: 'acme', origin: 'https://acme.webex.com' };
export const STRICT: WebExSite = { name: 'strict', origin: 'https://strict.webex.com' };
export const RETIRED: WebExSite = { name: 'retired', origin: 'https://retired.webex.com' };

export interface Account {
  site: WebExSite;
  webExId: string;
  password: string;
}
const accountOn = (site: WebExSite, { webExId, password }: SandboxAccount): Account => ({
  site,
  webExId,
  password,
});
export const ALICE = accountOn(ACME, SANDBOX_ACCOUNTS.alice);
export const BOB = accountOn(ACME, SANDBOX_ACCOUNTS.bob);
export const DANA = accountOn(STRICT, SANDBOX_ACCOUNTS.dana);
export const ERIN = accountOn(RETIRED, SANDBOX_ACCOUNTS.erin);

export const HOUR = 3_600_000;

/** A meeting tomorrow at the sandbox's start time (09:00 Berlin), 30 minutes. */
export function meetingRequest(overrides: Partial<ScheduleRequest> = {}): ScheduleRequest {
  return {
    topic: 'Weekly sync',
    startsAt: SANDBOX_EPOCH + 24 * HOUR,
    timeZone: 'Europe/Berlin',
    durationMinutes: 30,
    invitees: [],
    ...overrides,
  };
}

export interface XmlClientFixture extends SandboxFixture {
  /** The client's environment: real HTTPS to https://SITE.webex.com, answered by the sandbox. */
  readonly env: XmlApiEnvironment;
  backend(options?: { timeoutMs?: number }): MeetingsBackend;
  signIn(account?: Account): ReturnType<MeetingsBackend['signIn']>;
  /** sandbox.requests for one operation, e.g. `CreateMeeting`. */
  requestsFor(operation: string): SandboxFixture['sandbox']['requests'];
}

/** One sandbox per test file (reset before each test) and the XML API client pointed at it. */
export function useXmlClient(): XmlClientFixture {
  const fx = useSandbox();
  // Like Chromium with --host-resolver-rules: the URL keeps the real host name; the agent
  // connects to the sandbox and checks its certificate against that name.
  const sandboxedFetch = ((url: string, init: UndiciRequestInit) =>
    undiciFetch(url, { ...init, dispatcher: fx.agent })) as unknown as typeof fetch;
  const env: XmlApiEnvironment = { fetch: sandboxedFetch };
  const backend = (options: { timeoutMs?: number } = {}) =>
    createXmlBackend({ fetch: sandboxedFetch, now: () => fx.sandbox.clock.now(), ...options });
  return {
    get sandbox() {
      return fx.sandbox;
    },
    get agent() {
      return fx.agent;
    },
    call: fx.call,
    post: fx.post,
    browser: fx.browser,
    env,
    backend,
    signIn: (account: Account = ALICE) =>
      backend().signIn(account.site, account.webExId, account.password),
    requestsFor: (operation: string) =>
      fx.sandbox.requests.filter((request) => request.operation === operation),
  };
}

/** The WebExError a call rejected with; fails the test if it resolved or threw anything else. */
export async function rejectionOf(promise: Promise<unknown>): Promise<WebExError> {
  const error = await promise.then(
    (value: unknown) => expect.fail(`expected a rejection, got ${JSON.stringify(value)}`),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WebExError);
  return error as WebExError;
}
