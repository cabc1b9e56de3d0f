import { beforeEach, describe, expect, it } from 'vitest';
import { withSession } from '../../../lib/background/session-access';
import type { AccountSession } from '../../../lib/webex/types';
import { apiError, TICKET_LIFETIME_MS } from './fake-backend';
import { signInAlice, START, testEnv } from './test-env';

let t: ReturnType<typeof testEnv>;
beforeEach(() => {
  t = testEnv();
});

const profileOf = (session: AccountSession) => t.env.backend.getProfile(session);

describe('withSession', () => {
  it('runs the action with the stored ticket', async () => {
    await signInAlice(t.env);
    const answer = await withSession(t.env, profileOf);
    expect(answer).toMatchObject({ ok: true, value: { webExId: 'alice' } });
    expect(t.backend.callsOf('getProfile')).toEqual([
      [expect.objectContaining({ sessionTicket: 'ticket-1' })],
    ]);
  });

  it('signed out: a clear failure, no call', async () => {
    expect(await withSession(t.env, profileOf)).toMatchObject({
      ok: false,
      error: { kind: 'signed-out' },
    });
    expect(t.backend.calls).toEqual([]);
  });

  it('past expiresAt: asks for the password before calling WebEx', async () => {
    await signInAlice(t.env);
    t.clock.now = START + TICKET_LIFETIME_MS;
    const answer = await withSession(t.env, profileOf);
    expect(answer).toMatchObject({
      ok: false,
      ticketExpired: true,
      error: { explanation: { title: 'Your WebEx session has ended' } },
    });
    expect(t.backend.callsOf('getProfile')).toEqual([]);
  });

  it('WebEx refusing the ticket (030047): asks for the password and marks the account expired', async () => {
    await signInAlice(t.env);
    t.backend.failNext('getProfile', apiError('030047', 'GetUser'));
    const answer = await withSession(t.env, profileOf);
    expect(answer).toMatchObject({
      ok: false,
      ticketExpired: true,
      error: { exceptionId: '030047' },
    });
    const stored = await t.env.items.sessionAccount.getValue();
    expect(stored?.session.expiresAt).toBe(START);
  });

  it('any other failure comes back as data with its explanation, not as a throw', async () => {
    await signInAlice(t.env);
    t.backend.failNext('getProfile', apiError('000035'));
    const answer = await withSession(t.env, profileOf);
    expect(answer).toMatchObject({ ok: false, error: { kind: 'api', exceptionId: '000035' } });
    expect(answer).not.toHaveProperty('ticketExpired');
  });

  it('an error nobody expected keeps its text', async () => {
    await signInAlice(t.env);
    const answer = await withSession(t.env, async () => {
      throw new Error('boom');
    });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'unexpected', message: 'boom' } });
  });

  it('refuses a site whose permission was taken back', async () => {
    const own = testEnv({ granted: ['https://meet.example.org/*'] });
    await own.env.items.sessionAccount.setValue({
      session: {
        site: { name: 'acme', origin: 'https://meet.example.org' },
        webExId: 'alice',
        sessionTicket: 'ticket-9',
        expiresAt: START + TICKET_LIFETIME_MS,
      },
      profile: {
        webExId: 'alice',
        firstName: 'A',
        lastName: 'A',
        email: '',
        meetingTypes: [],
        timeZoneId: 4,
      },
    });
    const ownProfile = (session: AccountSession) => own.env.backend.getProfile(session);
    expect(await withSession(own.env, ownProfile)).toMatchObject({ ok: true });
    own.granted.delete('https://meet.example.org/*');
    expect(await withSession(own.env, ownProfile)).toMatchObject({
      ok: false,
      error: {
        kind: 'permission',
        explanation: { title: 'The extension may not contact meet.example.org' },
      },
    });
  });
});
