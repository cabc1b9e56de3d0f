import { describe, expect, it, vi } from 'vitest';
import {
  decodeActions,
  runDecodeAction,
  type DecodeActionEnv,
} from '../../../lib/explainer/decode/decode-actions';
import { decodeInput } from '../../../lib/explainer/decode/decode-input';

const ACME = { name: 'acme', origin: 'https://acme.webex.com' };
const RESULT_PAGE = 'https://acme.webex.com/acme/backurl-test.html';

function env(overrides: Partial<DecodeActionEnv> = {}): DecodeActionEnv {
  return {
    openTab: vi.fn(async () => {}),
    openOptions: vi.fn(),
    copyText: vi.fn(async () => {}),
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
    // Start, "open the extension" and Dismiss: the popup is the extension, Clear dismisses.
    [`${RESULT_PAGE}?AT=HM&ST=FAIL&RS=InvalidTicket&MK=180208468`, ['copy-details']],
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
});
