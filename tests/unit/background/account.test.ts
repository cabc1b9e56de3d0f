import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  getAccount,
  renewTicket,
  setKeepSignedIn,
  signIn,
  signOut,
} from '../../../lib/background/account';
import type { RecentMeeting } from '../../../lib/storage';
import { ALICE_PASSWORD, apiError, networkError, TICKET_LIFETIME_MS } from './fake-backend';
import { ALICE_OWNER, ACME, allStorageText, signInAlice, START, testEnv } from './test-env';

let t: ReturnType<typeof testEnv>;
beforeEach(() => {
  t = testEnv();
});

function recent(meetingKey: string, siteOrigin: string, webExId: string): RecentMeeting {
  return {
    meetingKey,
    topic: `Meeting ${meetingKey}`,
    startsAt: START,
    durationMinutes: 30,
    timeZoneId: 25,
    owner: { siteOrigin, webExId },
    requestId: `request-${meetingKey}`,
    scheduledAt: START,
  };
}

describe('signIn', () => {
  it('authenticates, keeps the ticket in session storage only, and answers the account', async () => {
    const view = await signInAlice(t.env);
    expect(view).toEqual({
      signedIn: true,
      api: 'xml',
      site: ACME,
      webExId: 'alice',
      profile: expect.objectContaining({
        firstName: 'Alice',
        meetingTypes: [74377],
        timeZoneId: 25,
      }),
      keepSignedIn: false,
      ticketExpired: false,
    });
    expect(t.backend.callsOf('signIn')).toEqual([[ACME, 'alice', ALICE_PASSWORD]]);
    expect(await t.env.items.sessionAccount.getValue()).toMatchObject({
      session: { sessionTicket: 'ticket-1', expiresAt: START + TICKET_LIFETIME_MS },
    });
    expect(await t.env.items.keptAccount.getValue()).toBeNull();
    expect(await t.env.items.lastAccount.getValue()).toEqual({
      site: ACME,
      webExId: 'alice',
      api: 'xml',
    });
  });

  it('with "Keep me signed in", keeps the ticket in local storage and not in session storage', async () => {
    const view = await signInAlice(t.env, true);
    expect(view).toMatchObject({ keepSignedIn: true });
    expect(await t.env.items.keptAccount.getValue()).toMatchObject({
      session: { sessionTicket: 'ticket-1' },
    });
    expect(await t.env.items.sessionAccount.getValue()).toBeNull();
    expect((await t.env.items.settings.getValue()).keepSignedIn).toBe(true);
  });

  it.each([false, true])(
    'never stores the password; the ticket in clear only in session storage (keepSignedIn %s)',
    async (keep) => {
      await signInAlice(t.env, keep);
      const stored = await allStorageText();
      expect(stored.includes('ticket-1')).toBe(!keep);
      expect(stored).not.toContain(ALICE_PASSWORD);
    },
  );

  it('trims the WebEx ID and accepts a site typed as a link', async () => {
    const answer = await signIn(t.env, {
      siteInput: 'https://acme.webex.com/acme/j.php?MTID=x',
      webExId: '  alice ',
      password: ALICE_PASSWORD,
      keepSignedIn: false,
    });
    expect(answer.ok).toBe(true);
    expect(t.backend.callsOf('signIn')[0]?.slice(0, 2)).toEqual([ACME, 'alice']);
  });

  it.each([
    {
      form: { siteInput: 'not a site', webExId: 'alice', password: 'x' },
      title: 'That is not a WebEx site',
    },
    { form: { siteInput: 'acme', webExId: ' ', password: 'x' }, title: 'Enter your WebEx ID' },
    { form: { siteInput: 'acme', webExId: 'alice', password: '' }, title: 'Enter your password' },
  ])('refuses an incomplete form ($title) without calling WebEx', async ({ form, title }) => {
    const answer = await signIn(t.env, { ...form, keepSignedIn: false });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'input', explanation: { title } } });
    expect(t.backend.calls).toEqual([]);
  });

  it('says plainly when the password is wrong, and stores nothing', async () => {
    const answer = await signIn(t.env, {
      siteInput: 'acme',
      webExId: 'alice',
      password: 'wrong',
      keepSignedIn: false,
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { exceptionId: '030002', explanation: { title: 'Wrong WebEx ID or password' } },
    });
    expect(await t.env.items.sessionAccount.getValue()).toBeNull();
    expect(await t.env.items.lastAccount.getValue()).toBeNull();
  });

  it('names the host it could not reach and asks to check the site name', async () => {
    t.backend.failNext('signIn', networkError());
    const answer = await signIn(t.env, {
      siteInput: 'acme',
      webExId: 'alice',
      password: ALICE_PASSWORD,
      keepSignedIn: false,
    });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.explanation.title).toBe('No WebEx site answered at acme.webex.com');
    expect(answer.error.explanation.action).toMatch(/^Check the spelling of “acme”/);
  });

  it('explains single sign-on sites: no password to give, what to do instead', async () => {
    t.backend.failNext('signIn', apiError('030103', 'AuthenticateUser'));
    const answer = await signIn(t.env, {
      siteInput: 'acme',
      webExId: 'alice',
      password: 'whatever',
      keepSignedIn: false,
    });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.explanation.title).toMatch(/single sign-on/);
    expect(answer.error.explanation.meaning).toMatch(/has no WebEx password/);
    expect(answer.error.explanation.action).toContain('https://acme.webex.com/acme');
  });

  it('refuses a site outside webex.com that the host has not allowed, without contacting it', async () => {
    const answer = await signIn(t.env, {
      siteInput: 'https://meet.example.org/acme',
      webExId: 'alice',
      password: ALICE_PASSWORD,
      keepSignedIn: false,
    });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'permission' } });
    expect(t.backend.calls).toEqual([]);
  });

  it('signs in to a site outside webex.com once the host allowed it', async () => {
    const allowed = testEnv({ granted: ['https://meet.example.org/*'] });
    const answer = await signIn(allowed.env, {
      siteInput: 'https://meet.example.org/acme',
      webExId: 'alice',
      password: ALICE_PASSWORD,
      keepSignedIn: false,
    });
    expect(answer).toMatchObject({
      ok: true,
      value: { site: { name: 'acme', origin: 'https://meet.example.org' } },
    });
  });
});

describe('getAccount', () => {
  it('signed out: offers the last site and WebEx ID for the form', async () => {
    expect(await getAccount(t.env)).toEqual({ signedIn: false, webexSignInReady: false });
    await signInAlice(t.env);
    await signOut(t.env);
    expect(await getAccount(t.env)).toEqual({
      signedIn: false,
      lastSite: ACME,
      lastWebExId: 'alice',
      lastApi: 'xml',
      webexSignInReady: false,
    });
  });

  it('reports the ticket as expired once its lifetime has passed', async () => {
    await signInAlice(t.env);
    t.clock.now = START + TICKET_LIFETIME_MS - 1;
    expect(await getAccount(t.env)).toMatchObject({ signedIn: true, ticketExpired: false });
    t.clock.now = START + TICKET_LIFETIME_MS;
    expect(await getAccount(t.env)).toMatchObject({ signedIn: true, ticketExpired: true });
  });

  it('finds a kept account after the session area was emptied (browser restart)', async () => {
    await signInAlice(t.env, true);
    await fakeBrowser.storage.session.clear();
    expect(await getAccount(t.env)).toMatchObject({ signedIn: true, keepSignedIn: true });
  });
});

describe('renewTicket', () => {
  it('gets a fresh ticket for the same account and keeps it where it was', async () => {
    await signInAlice(t.env, true);
    t.clock.now = START + TICKET_LIFETIME_MS + 1;
    const answer = await renewTicket(t.env, { password: ALICE_PASSWORD });
    expect(answer).toMatchObject({ ok: true, value: { ticketExpired: false, keepSignedIn: true } });
    expect(await t.env.items.keptAccount.getValue()).toMatchObject({
      session: { sessionTicket: 'ticket-2', expiresAt: t.clock.now + TICKET_LIFETIME_MS },
    });
    expect(await allStorageText()).not.toContain(ALICE_PASSWORD);
  });

  it('a wrong password leaves the expired account as it was', async () => {
    await signInAlice(t.env);
    const answer = await renewTicket(t.env, { password: 'nope' });
    expect(answer).toMatchObject({ ok: false, error: { exceptionId: '030002' } });
    expect(await t.env.items.sessionAccount.getValue()).toMatchObject({
      session: { sessionTicket: 'ticket-1' },
    });
  });

  it('asks to sign in when no account is left', async () => {
    expect(await renewTicket(t.env, { password: ALICE_PASSWORD })).toMatchObject({
      ok: false,
      error: { kind: 'signed-out' },
    });
  });
});

describe('signOut', () => {
  it.each([false, true])(
    "removes the ticket from both areas, the last job and, when asked, only this account's recent meetings (kept %s)",
    async (keep) => {
      await signInAlice(t.env, keep);
      await t.env.items.recentMeetings.setValue([
        recent('1', ACME.origin, 'ALICE'),
        recent('2', ACME.origin, 'bob'),
        recent('3', 'https://other.webex.com', 'alice'),
      ]);
      await t.env.items.lastScheduleJob.setValue({
        requestId: 'r',
        owner: ALICE_OWNER,
        state: 'running',
        request: {
          topic: 'x',
          startsAt: START,
          timeZone: 'UTC',
          durationMinutes: 30,
          invitees: [],
        },
      });

      const view = await signOut(t.env, { forgetMeetings: true });

      expect(view).toMatchObject({ signedIn: false, lastWebExId: 'alice' });
      expect(await t.env.items.sessionAccount.getValue()).toBeNull();
      expect(await t.env.items.keptAccount.getValue()).toBeNull();
      expect(await t.env.items.lastScheduleJob.getValue()).toBeNull();
      expect((await t.env.items.recentMeetings.getValue()).map((m) => m.meetingKey)).toEqual([
        '2',
        '3',
      ]);
      expect(await allStorageText()).not.toContain('ticket-1');
    },
  );
});

describe('setKeepSignedIn', () => {
  it('moves the ticket to this device and back', async () => {
    await signInAlice(t.env);
    expect(await setKeepSignedIn(t.env, { keepSignedIn: true })).toMatchObject({
      keepSignedIn: true,
    });
    expect(await t.env.items.sessionAccount.getValue()).toBeNull();
    expect(await t.env.items.keptAccount.getValue()).toMatchObject({
      session: { sessionTicket: 'ticket-1' },
    });

    expect(await setKeepSignedIn(t.env, { keepSignedIn: false })).toMatchObject({
      keepSignedIn: false,
    });
    expect(await t.env.items.keptAccount.getValue()).toBeNull();
    expect(await t.env.items.sessionAccount.getValue()).toMatchObject({
      session: { sessionTicket: 'ticket-1' },
    });
    expect((await t.env.items.settings.getValue()).keepSignedIn).toBe(false);
  });

  it('signed out, only remembers the choice for the next sign-in', async () => {
    expect(await setKeepSignedIn(t.env, { keepSignedIn: true })).toEqual({
      signedIn: false,
      webexSignInReady: false,
    });
    expect((await t.env.items.settings.getValue()).keepSignedIn).toBe(true);
  });
});
