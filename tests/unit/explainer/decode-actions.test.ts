import { describe, expect, it, vi } from 'vitest';
import {
  decodeActions,
  offeredDecodeActions,
  pastedMeeting,
  pastedMeetingCheck,
  runDecodeAction,
  type DecodeActionEnv,
} from '../../../lib/explainer/decode/decode-actions';
import type { Reply, ResultMeetingCheck } from '../../../lib/messaging';
import { decodeInput } from '../../../lib/explainer/decode/decode-input';

const ACME = { name: 'acme', origin: 'https://acme.webex.com' };
const RESULT_PAGE = 'https://acme.webex.com/acme/backurl-test.html';
const STARTS_AT = Date.UTC(2026, 11, 1, 15, 0);
const HOSTS_OWN: Reply<ResultMeetingCheck> = {
  ok: true,
  value: { mayStart: true, meetingKey: '180208468', topic: 'Weekly sync', startsAt: STARTS_AT },
};
const CLOCK = { now: Date.UTC(2026, 11, 1, 12, 0), timeZone: 'UTC' };
/** A ticket that had expired when WebEx took the host to start meeting 180 208 468. */
const EXPIRED_START = `${RESULT_PAGE}?AT=HM&ST=FAIL&RS=InvalidTicket&MK=180208468`;

function env(overrides: Partial<DecodeActionEnv> = {}): DecodeActionEnv {
  return {
    openTab: vi.fn(async () => {}),
    openOptions: vi.fn(),
    copyText: vi.fn(async () => {}),
    startMeeting: vi.fn(async () => HOSTS_OWN),
    ...overrides,
  };
}

// Issue 13, item 16: Decode offers the panel's actions that make sense in the popup.
describe("Decode's next steps", () => {
  it.each([
    [
      `${RESULT_PAGE}?AT=JM&ST=FAIL&RS=AccessDenied&MK=180208468`,
      ['join-meeting', 'sign-in-on-site', 'copy-details'],
    ],
    [`${RESULT_PAGE}?AT=LI&ST=FAIL&RS=AlreadyLogon`, ['sign-out-of-webex', 'copy-details']],
    [`${RESULT_PAGE}?AT=SM&ST=FAIL&RS=NoMeetingTypeSupport`, ['open-settings', 'copy-details']],
    // Start (once checked), not "open the extension" and Dismiss: the popup is the extension,
    // Clear dismisses.
    [EXPIRED_START, ['start-meeting', 'copy-details']],
    [`${RESULT_PAGE}?AT=HM&ST=FAIL&RS=InvalidTicket&MK=18020846x`, ['copy-details']],
    ['<serv:message', ['copy-details']],
  ])('%s offers %j', (pasted, actions) => {
    expect(decodeActions(decodeInput(pasted)!, undefined)).toEqual(actions);
  });

  it('joins a bare number only with a signed-in site, and signs in there for a bare query', () => {
    expect(decodeActions(decodeInput('180208468')!, undefined)).toEqual(['copy-details']);
    expect(decodeActions(decodeInput('180208468')!, ACME)).toEqual([
      'join-meeting',
      'copy-details',
    ]);
    const query = decodeInput('AT=LI&ST=FAIL&RS=BadWebExIDorPassword')!;
    expect(decodeActions(query, undefined)).toEqual(['copy-details']);
    expect(decodeActions(query, ACME)).toEqual(['sign-in-on-site', 'copy-details']);
  });

  it('join opens the rebuilt link in a new tab and names it', async () => {
    const e = env();
    const explained = decodeInput('https://acme.webex.com/acme/j.php?MTID=m1&PWD=secret')!;
    expect(await runDecodeAction('join-meeting', explained, e)).toEqual({
      tone: 'info',
      message: 'Opened the meeting in a new tab: https://acme.webex.com/acme/j.php?MTID=m1',
    });
    expect(e.openTab).toHaveBeenCalledWith('https://acme.webex.com/acme/j.php?MTID=m1');
  });

  it('join of a number opens it on the signed-in site', async () => {
    const e = env({ signedInSite: ACME });
    await runDecodeAction('join-meeting', decodeInput('180 208 468')!, e);
    expect(e.openTab).toHaveBeenCalledWith('https://acme.webex.com/acme/m.php?AT=JM&MK=180208468');
  });

  it("sign in and sign out open the pasted address's own site", async () => {
    const e = env({ signedInSite: { name: 'other', origin: 'https://other.webex.com' } });
    const signIn = decodeInput(`${RESULT_PAGE}?AT=JM&ST=FAIL&RS=LoginRequired`)!;
    expect((await runDecodeAction('sign-in-on-site', signIn, e)).message).toBe(
      'Opened the sign-in page of https://acme.webex.com in a new tab.',
    );
    expect(e.openTab).toHaveBeenLastCalledWith(
      'https://acme.webex.com/mywebex/default.do?siteurl=acme',
    );
    const signOut = decodeInput(`${RESULT_PAGE}?AT=LI&ST=FAIL&RS=AlreadyLogon`)!;
    await runDecodeAction('sign-out-of-webex', signOut, e);
    expect(e.openTab).toHaveBeenLastCalledWith(
      `https://acme.webex.com/acme/p.php?AT=LO&BU=${encodeURIComponent('https://acme.webex.com/mywebex/default.do?siteurl=acme')}`,
    );
  });

  it('copy details copies the summary, without the address query, or the explanation', async () => {
    const e = env();
    const result = decodeInput(`${RESULT_PAGE}?AT=HM&ST=FAIL&RS=InvalidTicket&TK=secret`)!;
    expect((await runDecodeAction('copy-details', result, e)).message).toMatch(/^Copied/);
    const copied = vi.mocked(e.copyText).mock.calls[0]![0];
    expect(copied).toMatch(/^WebEx result: Couldn't start the meeting\n/);
    expect(copied).not.toContain('secret');
    await runDecodeAction('copy-details', decodeInput('180208468')!, e);
    expect(vi.mocked(e.copyText).mock.calls[1]![0]).toMatch(
      /^WebEx result: A WebEx meeting number, not a result\nMeeting: 180 208 468\n/,
    );
  });

  it('says so when copying or opening fails', async () => {
    const failing = env({ copyText: async () => Promise.reject(new Error('denied')) });
    expect((await runDecodeAction('copy-details', decodeInput('180208468')!, failing)).tone).toBe(
      'error',
    );
    const e = env();
    expect((await runDecodeAction('join-meeting', decodeInput('180208468')!, e)).tone).toBe(
      'error',
    );
    expect(e.openTab).not.toHaveBeenCalled();
  });

  it('open settings opens the options page', async () => {
    const e = env();
    const explained = decodeInput(`${RESULT_PAGE}?AT=SM&ST=FAIL&RS=NoMeetingTypeSupport`)!;
    await runDecodeAction('open-settings', explained, e);
    expect(e.openOptions).toHaveBeenCalledOnce();
  });

  // Issue 13, item 16: Start from Decode, checked as the panel's Start is.
  it("names the meeting to check: its number and the pasted address's site, if any", () => {
    expect(pastedMeeting(decodeInput(EXPIRED_START)!)).toEqual({
      meetingKey: '180208468',
      siteOrigin: 'https://acme.webex.com',
    });
    expect(pastedMeeting(decodeInput('AT=HM&ST=FAIL&RS=InvalidTicket&MK=180208468')!)).toEqual({
      meetingKey: '180208468',
    });
    expect(pastedMeeting(decodeInput(`${RESULT_PAGE}?AT=LI&ST=FAIL&RS=AlreadyLogon`)!)).toBe(
      undefined,
    );
  });

  it("offers Start only once the background says the meeting is the host's own", async () => {
    const describe = vi.fn(async () => HOSTS_OWN);
    const check = pastedMeetingCheck(
      { meetingKey: '180208468', siteOrigin: 'https://acme.webex.com' },
      describe,
      () => CLOCK,
    );
    const actions = decodeActions(decodeInput(EXPIRED_START)!, ACME);
    expect(check.initial).toEqual({
      state: 'checking',
      message: 'Asking WebEx about meeting 180 208 468…',
    });
    expect(offeredDecodeActions(actions, check.initial)).toEqual(['copy-details']);
    const ready = await check.check();
    expect(ready.state).toBe('ready');
    expect(ready.message).toMatch(/^Start “Weekly sync” \(Today, /);
    expect(offeredDecodeActions(actions, ready)).toEqual(['start-meeting', 'copy-details']);
    expect(describe).toHaveBeenCalledWith({
      meetingKey: '180208468',
      siteOrigin: 'https://acme.webex.com',
    });
  });

  it("says in Decode's words why not: signed out, another site, not the host's meeting", async () => {
    const refused = (value: ResultMeetingCheck) =>
      pastedMeetingCheck(
        { meetingKey: '180208468' },
        async () => ({ ok: true, value }),
        () => CLOCK,
      ).check();
    const signedOut = await refused({ mayStart: false, refusal: { reason: 'signedOut' } });
    expect(signedOut).toEqual({
      state: 'refused',
      message:
        'Sign in to WebEx Host Helper first (the Sign in tab), then paste the address again to start meeting 180 208 468.',
    });
    const otherSite = await refused({
      mayStart: false,
      refusal: { reason: 'otherSite', pageHost: 'evil.webex.com', siteHost: 'acme.webex.com' },
    });
    expect(otherSite.message).toBe(
      'The pasted address is on evil.webex.com, but WebEx Host Helper is signed in to acme.webex.com. It starts only meetings of the site you are signed in to.',
    );
    expect(offeredDecodeActions(['start-meeting', 'copy-details'], otherSite)).toEqual([
      'copy-details',
    ]);
  });

  it('Start asks the background to start it, and says what happened', async () => {
    const e = env();
    expect(await runDecodeAction('start-meeting', decodeInput(EXPIRED_START)!, e)).toEqual({
      tone: 'info',
      message: 'Starting “Weekly sync” in a new tab.',
    });
    expect(e.startMeeting).toHaveBeenCalledWith({
      meetingKey: '180208468',
      siteOrigin: 'https://acme.webex.com',
    });
    expect(e.openTab).not.toHaveBeenCalled();
    const refusing = env({
      startMeeting: async () => ({
        ok: true,
        value: {
          mayStart: false,
          refusal: {
            reason: 'notHostsMeeting',
            meetingKey: '180208468',
            webExId: 'alice',
            siteHost: 'acme.webex.com',
          },
        },
      }),
    });
    expect(await runDecodeAction('start-meeting', decodeInput(EXPIRED_START)!, refusing)).toEqual({
      tone: 'error',
      message:
        'Meeting 180 208 468 is not one of your meetings on acme.webex.com (signed in as alice), so WebEx Host Helper will not start it.',
    });
  });
});
