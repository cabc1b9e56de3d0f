import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../../lib/explainer/decode/decode-input';

// Issue 13, item 16: a whole meeting link (or number) is said for what it is, with Join.
describe('Decode: a plain meeting link or number', () => {
  it.each([
    [
      'https://acme.webex.com/acme/j.php?MTID=m0123456789abcdef',
      'This is the whole link WebEx gives attendees to join a meeting on acme.webex.com. It has no result in it: it has not been opened yet.',
      'https://acme.webex.com/acme/j.php?MTID=m0123456789abcdef',
    ],
    [
      'acme.webex.com/meet/bob.smith',
      'This is the whole link to the personal room bob.smith on acme.webex.com. It has no result in it: it has not been opened yet.',
      'https://acme.webex.com/meet/bob.smith',
    ],
  ])('%s is a meeting link to join, rebuilt from its parts', (pasted, meaning, joinUrl) => {
    const explained = decodeInput(pasted)!;
    expect(explained.headline).toBe('A WebEx meeting link, not a result');
    expect(explained.tone).toBe('success');
    expect(explained.meaning).toBe(meaning);
    expect(explained.action).toMatch(/^Join the meeting with the button below\./);
    expect(explained.facts).toEqual([{ label: 'Join link', value: joinUrl }]);
    expect(explained.next).toEqual({
      actions: ['join-meeting', 'copy-details'],
      join: { kind: 'link', form: expect.any(String), url: joinUrl },
    });
  });

  it('a meeting number is a meeting to join on the signed-in site', () => {
    const explained = decodeInput('180 208 468')!;
    expect(explained.headline).toBe('A WebEx meeting number, not a result');
    expect(explained.meaning).toBe(
      'This is the number of WebEx meeting 180 208 468. It has no result in it.',
    );
    expect(explained.next?.join).toEqual({ kind: 'number', meetingKey: '180208468' });
  });

  it('a password in the link is left out of the one joined, and said so', () => {
    const explained = decodeInput('https://acme.webex.com/acme/j.php?MTID=m1&PWD=secret')!;
    expect(explained.facts[0]!.value).toBe('https://acme.webex.com/acme/j.php?MTID=m1');
    expect(explained.action).toMatch(/password in the link was left out/);
    expect(JSON.stringify(explained)).not.toContain('secret');
  });

  it('a join command link (m.php?AT=JM&MK=..) is explained as a command, with Join', () => {
    const explained = decodeInput('https://acme.webex.com/acme/m.php?AT=JM&MK=180208468')!;
    expect(explained.headline).toBe('A WebEx link, not a result');
    expect(explained.next).toEqual({
      actions: ['join-meeting'],
      join: {
        kind: 'link',
        form: 'meetingKey',
        url: 'https://acme.webex.com/acme/m.php?AT=JM&MK=180208468',
      },
    });
  });

  it.each([
    'http://acme.webex.com/acme/j.php?MTID=m1',
    'https://acme.webex.com.evil.test/acme/j.php?MTID=m1',
    '12345',
    'https://acme.webex.com/acme/j.php',
  ])('%s is no meeting link: still "no result"', (pasted) => {
    const explained = decodeInput(pasted)!;
    expect(explained.headline).toBe('No WebEx result in this address');
    expect(explained.next).toBeUndefined();
  });

  it("a pasted result carries its page's site, the meeting joined there and its summary", () => {
    const address =
      'https://acme.webex.com/acme/backurl-test.html?AT=JM&ST=FAIL&RS=AccessDenied&MK=180208468';
    const next = decodeInput(address)!.next!;
    expect(next.actions).toEqual(['join-meeting', 'sign-in-on-site', 'dismiss']);
    expect(next.site).toEqual({ name: 'acme', origin: 'https://acme.webex.com' });
    expect(next.join).toEqual({
      kind: 'link',
      form: 'meetingKey',
      url: 'https://acme.webex.com/acme/m.php?AT=JM&MK=180208468',
    });
    expect(next.summary).toMatch(/^WebEx result: Couldn't join meeting 180 208 468\n/);
    expect(next.summary).not.toContain('AT=JM&ST');
  });

  it('a result off a WebEx site (or a bare query) names no site and no meeting to join', () => {
    const next = decodeInput('AT=JM&ST=FAIL&RS=AccessDenied&MK=180208468')!.next!;
    expect(next.site).toBeUndefined();
    expect(next.join).toBeUndefined();
  });
});
