import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { chooseSite, signInWithToken, signInWithWebex } from '../../lib/background/webex-account';
import { renewWebexSignIn } from '../../lib/background/webex-account';
import { listMeetings, deleteMeeting } from '../../lib/background/meetings';
import { startMeeting } from '../../lib/background/start-meeting';
import { startPersonalRoom } from '../../lib/background/personal-room';
import { createScheduleService } from '../../lib/background/schedule';
import { createAccountBackend } from '../../lib/webex/account-backend';
import { createRestBackend } from '../../lib/webex/rest/client';
import type { RestGrant } from '../../lib/webex/rest/grant';
import { WebExError } from '../../lib/webex/errors';
import { SANDBOX_REST_ACCOUNTS } from '../sandbox/accounts.ts';
import { sandboxFetch } from '../sandbox/test-client.ts';
import { exchangeProblems } from '../sandbox/test-rest.ts';
import { useSandbox } from '../sandbox/test-setup.ts';
import { meetingRequest, signInAlice, testEnv } from '../unit/background/test-env';

const DAY_MS = 86_400_000;
const GINA = SANDBOX_REST_ACCOUNTS.gina;
const HUGO = SANDBOX_REST_ACCOUNTS.hugo;

function loginRequired(): WebExError {
  return new WebExError('token-expired', 'login_required', {
    title: 'Sign in again',
    meaning: 'Webex needs you.',
    action: 'Sign in with Webex.',
  });
}

/**
 * The background over the REST stand-in (webexapis.com in the sandbox) with the real REST client;
 * the OAuth window is a fake that hands out the account's personal token as an integration
 * token, and counts how it was asked.
 */
function restEnv(fx: ReturnType<typeof useSandbox>, token = GINA.personalAccessToken) {
  const t = testEnv();
  const rest = createRestBackend({
    fetch: sandboxFetch(fx.agent) as unknown as typeof fetch,
    now: () => t.clock.now,
    wait: async () => undefined,
  });
  const auth = {
    authorized: [] as Array<{ interactive: boolean; loginHint?: string }>,
    renewals: 0,
    renewWith: undefined as RestGrant | undefined,
    /** What the next OAuth window hands out. */
    token,
  };
  const grant = (): RestGrant => ({
    accessToken: auth.token,
    expiresAt: t.clock.now + 14 * DAY_MS,
    tokenKind: 'integration',
  });
  t.env.backend = createAccountBackend(t.backend, rest);
  t.env.restBackend = rest;
  t.env.webexAuth = {
    async authorize(options) {
      auth.authorized.push(options);
      return grant();
    },
    async renew() {
      auth.renewals += 1;
      if (!auth.renewWith) throw loginRequired();
      return auth.renewWith;
    },
  };
  return { ...t, auth, grant };
}

/** One sign-in's reads: who the host is and their sites once each, then the site's types. */
const SIGN_IN_READS = [
  'GET /people/me',
  'GET /meetingPreferences',
  'GET /meetings/sessionTypes?siteUrl=acme.webex.com',
];

/** The stand-in's REST requests in this test, as `METHOD /path?query`. */
function restReads(fx: ReturnType<typeof useSandbox>): string[] {
  return fx.sandbox.rest.requests.map(
    (request) => `${request.method} ${request.path}${request.query ? `?${request.query}` : ''}`,
  );
}

describe(
  'REST accounts in the background, against the webexapis.com stand-in',
  { timeout: 30_000 },
  () => {
    const fx = useSandbox();

    it('Sign in with Webex: the OAuth grant, who the host is, the default site; the token kept out of sync and local', async () => {
      const t = restEnv(fx);
      const answer = await signInWithWebex(t.env, { keepSignedIn: false });
      expect(answer).toMatchObject({
        ok: true,
        value: {
          signedIn: true,
          api: 'rest',
          webExId: GINA.email,
          site: { name: 'acme', origin: 'https://acme.webex.com' },
          profile: { email: GINA.email },
        },
      });
      expect(t.auth.authorized).toEqual([{ interactive: true, loginHint: undefined }]);
      const stored = await fakeBrowser.storage.session.get(null);
      expect(JSON.stringify(stored)).toContain(GINA.personalAccessToken);
      const elsewhere = JSON.stringify([
        await fakeBrowser.storage.local.get(null),
        await fakeBrowser.storage.sync.get(null),
      ]);
      expect(elsewhere).not.toContain(GINA.personalAccessToken);
      expect(await t.env.items.lastAccount.getValue()).toMatchObject({
        api: 'rest',
        webExId: GINA.email,
      });
      expect(fx.sandbox.rest.requests.flatMap(exchangeProblems)).toEqual([]);
      expect(restReads(fx)).toEqual(SIGN_IN_READS);
    });

    it('a personal token sign-in asks /people/me and /meetingPreferences once each too', async () => {
      const t = restEnv(fx);
      const answer = await signInWithToken(t.env, {
        token: GINA.personalAccessToken,
        keepSignedIn: false,
      });
      expect(answer).toMatchObject({
        ok: true,
        value: { api: 'rest', webExId: GINA.email, site: { name: 'acme' } },
      });
      expect(answer.ok && answer.value.signedIn && answer.value.profile.meetingTypes).not.toEqual(
        [],
      );
      expect(restReads(fx)).toEqual(SIGN_IN_READS);
    });

    it('schedules, lists, starts (the startLink, no back URL) and deletes through the one backend', async () => {
      const t = restEnv(fx);
      await signInWithWebex(t.env, { keepSignedIn: true });
      const scheduler = createScheduleService(t.env);
      const job = await scheduler.scheduleMeeting({
        requestId: 'a'.repeat(32),
        request: meetingRequest({ topic: 'REST planning', invitees: [] }),
      });
      expect(job).toMatchObject({ ok: true, value: { meeting: { topic: 'REST planning' } } });
      expect(fx.sandbox.rest.state.meetings).toHaveLength(1);
      const meetingKey = (job.ok && job.value.meeting?.meetingKey) || '';

      const listed = await listMeetings(t.env);
      expect(listed.ok && listed.value.map((m) => m.topic)).toContain('REST planning');

      const created: string[] = [];
      t.env.tabs = { ...t.env.tabs, create: async ({ url }) => (created.push(url), { id: 7 }) };
      expect(await startMeeting(t.env, { meetingKey })).toEqual({
        ok: true,
        value: { opened: true },
      });
      expect(created).toHaveLength(1);
      expect(new URL(created[0]!).host).toBe('acme.webex.com');
      expect(created[0]).not.toContain('BU=');

      expect(await deleteMeeting(t.env, { meetingKey })).toMatchObject({ ok: true });
      expect(fx.sandbox.rest.state.meetings).toHaveLength(0);
      expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
      expect(fx.sandbox.rest.requests.flatMap(exchangeProblems)).toEqual([]);
    });

    it("Recent on REST: the next 14 days' meetings and the ones that ended in the last 7 days", async () => {
      const t = restEnv(fx);
      await signInWithWebex(t.env, { keepSignedIn: false });
      // Made on the site, not here: nothing about it is kept locally.
      const { session } = (await t.env.items.sessionAccount.getValue())!;
      await t.env.backend.schedule(session, meetingRequest({ topic: 'Review', invitees: [] }));
      fx.sandbox.rest.state.meetings[0]!.state = 'ended';
      t.clock.now += 3 * DAY_MS;
      const listed = await listMeetings(t.env);
      expect(listed.ok && listed.value.map((m) => [m.topic, m.scheduledHere])).toEqual([
        ['Review', false],
      ]);
      const endedQuery = fx.sandbox.rest.requests
        .filter((r) => r.path === '/meetings' && r.method === 'GET')
        .map((r) => new URLSearchParams(r.query))
        .find((q) => q.get('state') === 'ended')!;
      expect(Date.parse(endedQuery.get('from')!)).toBe(t.clock.now - 7 * DAY_MS);
    });

    it('a create whose answer was lost: the meeting found in the list, one meeting, shown as made', async () => {
      const t = restEnv(fx);
      await signInWithWebex(t.env, { keepSignedIn: false });
      fx.sandbox.faults.inject({ kind: 'rest-lost-answer', operation: 'POST /meetings' });
      const job = await createScheduleService(t.env).scheduleMeeting({
        requestId: 'b'.repeat(32),
        request: meetingRequest({ topic: 'Lost answer', invitees: [] }),
      });
      expect(job).toMatchObject({
        ok: true,
        value: { state: 'done', meeting: { topic: 'Lost answer' } },
      });
      expect(fx.sandbox.rest.state.meetings).toHaveLength(1);
      const made = fx.sandbox.rest.state.meetings[0]!;
      expect(job.ok && job.value.meeting?.meetingKey).toBe(made.meetingNumber);
      expect(job.ok && job.value.meeting?.meetingPassword).toBe(made.password);
    });

    it('a 401 renews silently and does the action once more; no renewal possible asks for a sign-in', async () => {
      const t = restEnv(fx);
      await signInWithWebex(t.env, { keepSignedIn: false });
      // The stand-in's fault ends the token for good; the renewal brings a second one.
      const first = fx.sandbox.rest.state.tokens.find((x) => x.token === GINA.personalAccessToken)!;
      const second = { ...first, token: `sbx_at_${'5'.repeat(48)}` };
      fx.sandbox.rest.state.tokens.push(second);
      t.auth.renewWith = { ...t.grant(), accessToken: second.token };
      fx.sandbox.faults.inject({ kind: 'rest-expired-token', operation: 'GET /meetings' });
      const listed = await listMeetings(t.env);
      expect(listed).toMatchObject({ ok: true });
      expect(t.auth.renewals).toBe(1);

      t.auth.renewWith = undefined;
      fx.sandbox.faults.inject({ kind: 'rest-expired-token', operation: 'GET /meetings' });
      const refused = await listMeetings(t.env);
      expect(refused).toMatchObject({
        ok: false,
        ticketExpired: true,
        error: { kind: 'token-expired' },
      });
      expect(await t.env.items.sessionAccount.getValue()).toMatchObject({
        session: { expiresAt: t.clock.now },
      });

      // The host signs in again over the kept form: the same site, a fresh token.
      t.auth.token = `sbx_at_${'6'.repeat(48)}`;
      fx.sandbox.rest.state.tokens.push({ ...first, token: t.auth.token, expiresAt: Infinity });
      const renewed = await renewWebexSignIn(t.env);
      expect(renewed).toMatchObject({ ok: true, value: { signedIn: true, ticketExpired: false } });
      expect(t.auth.authorized.at(-1)).toEqual({ interactive: true, loginHint: GINA.email });
    });

    it('a token past its end is renewed before use; a personal token is never renewed', async () => {
      const t = restEnv(fx);
      await signInWithWebex(t.env, { keepSignedIn: false });
      t.clock.now += 15 * DAY_MS;
      t.auth.renewWith = t.grant();
      expect(await listMeetings(t.env)).toMatchObject({ ok: true });
      expect(t.auth.renewals).toBe(1);

      const p = restEnv(fx);
      const signedIn = await signInWithToken(p.env, {
        token: ` ${GINA.personalAccessToken} `,
        keepSignedIn: false,
      });
      expect(signedIn).toMatchObject({ ok: true, value: { api: 'rest', webExId: GINA.email } });
      p.clock.now += 13 * 3_600_000;
      expect(await listMeetings(p.env)).toMatchObject({ ok: false, ticketExpired: true });
      expect(p.auth.renewals).toBe(0);
      expect(
        await signInWithToken(p.env, { token: 'not a token', keepSignedIn: false }),
      ).toMatchObject({
        ok: false,
        error: { kind: 'input' },
      });
    });

    it('an account with a host site and an attendee-only site: both offered, the host site first; choosing moves the account', async () => {
      const t = restEnv(fx, HUGO.personalAccessToken);
      const answer = await signInWithToken(t.env, {
        token: HUGO.personalAccessToken,
        keepSignedIn: false,
      });
      expect(answer).toMatchObject({
        ok: true,
        value: { site: { name: 'retired' }, profile: { attendeeSites: ['acme.webex.com'] } },
      });
      const moved = await chooseSite(t.env, { siteUrl: 'acme.webex.com' });
      expect(moved).toMatchObject({ ok: true, value: { site: { name: 'acme' } } });
      expect(await chooseSite(t.env, { siteUrl: 'elsewhere.webex.com' })).toMatchObject({
        ok: false,
        error: { kind: 'input' },
      });
    });

    it('Start my Personal Room opens its startLink on the site; an XML account is told it is for Webex sign-ins', async () => {
      const t = restEnv(fx);
      await signInWithWebex(t.env, { keepSignedIn: false });
      const created: string[] = [];
      t.env.tabs = { ...t.env.tabs, create: async ({ url }) => (created.push(url), { id: 8 }) };
      const answer = await startPersonalRoom(t.env);
      expect(answer).toEqual({ ok: true, value: { opened: true } });
      expect(new URL(created[0]!).host).toBe('acme.webex.com');

      const xml = restEnv(fx);
      await signInAlice(xml.env);
      expect(await startPersonalRoom(xml.env)).toMatchObject({
        ok: false,
        error: { kind: 'input' },
      });
    });
  },
);
