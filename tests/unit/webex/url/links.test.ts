import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildHostCommandLink,
  buildJoinLink,
  buildLogoutAndRetryLink,
  buildStartLink,
} from '../../../../lib/webex/url/links';
import type { WebExSite } from '../../../../lib/webex/types';
import { readRecorded } from '../../../support/reference';

const acme: WebExSite = { name: 'acme', origin: 'https://acme.webex.com' };
const back = 'https://intranet.example/webex/done?from=helper';

/** What a server reads from a query: decoded once, like PHP's $_GET. */
const param = (url: string, name: string) =>
  new URL(url, 'https://base.example').searchParams.get(name);

/** Independent of the code under test: every layer of decoding, split at every separator. */
function passwordParameters(link: string): string[] {
  const found: string[] = [];
  let layer = link;
  for (let depth = 0; depth < 8; depth++) {
    for (const piece of layer.split(/[?&#;]/)) {
      const key = piece.split('=')[0]!.trim().toLowerCase();
      if (piece.includes('=') && (key === 'pw' || key === 'pid')) found.push(piece);
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      decoded = layer.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      );
    }
    if (decoded === layer) break;
    layer = decoded;
  }
  return found;
}

describe('buildStartLink', () => {
  it('puts the back URL inside MU and outside, in the shape of the seed example', () => {
    // The forum's example, with GethosturlMeeting's ticket instead of a password.
    const hostUrl =
      'https://sitename.webex.com/sitename/p.php?AT=LI&TK=ticket123&MU=/sitename/m.php?AT=HM%26MK=123456789';
    const backUrl = 'http://yourerrorpage.com/back_test.htm?fURL=sitename';
    expect(buildStartLink(hostUrl, backUrl)).toBe(
      'https://sitename.webex.com/sitename/p.php?AT=LI&TK=ticket123' +
        '&MU=%2Fsitename%2Fm.php%3FAT%3DHM%26MK%3D123456789' +
        '%26BU%3Dhttp%253A%252F%252Fyourerrorpage.com%252Fback_test.htm%253FfURL%253Dsitename' +
        '&BU=http%3A%2F%2Fyourerrorpage.com%2Fback_test.htm%3FfURL%3Dsitename',
    );
  });

  it('reads back, as WebEx would, to the host command and both back URLs', () => {
    const hostUrl =
      'https://acme.webex.com/acme/p.php?AT=LI&WID=jdoe&TK=aB3%2Bx%2F9%3D&MU=https%3A%2F%2Facme.webex.com%2Facme%2Fm.php%3FAT%3DHM%26MK%3D987654321';
    const link = buildStartLink(hostUrl, back);
    const rawMu = /[?&]MU=([^&]*)/.exec(link)![1]!;

    expect(param(link, 'AT')).toBe('LI');
    expect(param(link, 'TK')).toBe('aB3+x/9='); // the ticket passes through untouched
    expect(link).toContain('&TK=aB3%2Bx%2F9%3D&');
    expect(param(link, 'BU')).toBe(back);
    // MU's own separators are %26 exactly once: not raw, not %2526.
    expect(rawMu.match(/%26(MK|BU)%3D/g)).toEqual(['%26MK%3D', '%26BU%3D']);
    expect(rawMu).not.toContain('&');

    const mu = param(link, 'MU')!;
    expect(mu.startsWith('https://acme.webex.com/acme/m.php?')).toBe(true);
    expect(param(mu, 'AT')).toBe('HM');
    expect(param(mu, 'MK')).toBe('987654321');
    expect(param(mu, 'BU')).toBe(back);
  });

  it('replaces back URLs that were already there, inside and outside MU', () => {
    const hostUrl =
      'https://acme.webex.com/acme/p.php?AT=LI&BU=https%3A%2F%2Fold.example&TK=t&MU=%2Facme%2Fm.php%3FAT%3DHM%26BU%3Dold%26MK%3D1';
    const link = buildStartLink(hostUrl, back);
    expect(new URL(link).searchParams.getAll('BU')).toEqual([back]);
    expect(new URL(param(link, 'MU')!, acme.origin).searchParams.getAll('BU')).toEqual([back]);
    expect(param(param(link, 'MU')!, 'MK')).toBe('1');
  });

  it('drops an earlier result from the back URL, since the first AT/ST would win', () => {
    const link = buildStartLink(
      'https://acme.webex.com/acme/p.php?AT=LI&TK=t&MU=%2Facme%2Fm.php%3FAT%3DHM%26MK%3D1',
      'https://intranet.example/done?AT=LI&ST=FAIL&RS=AccessDenied&keep=1&csrf=x#top',
    );
    expect(param(link, 'BU')).toBe('https://intranet.example/done?keep=1#top');
    expect(param(param(link, 'MU')!, 'BU')).toBe('https://intranet.example/done?keep=1#top');
  });

  it('sets BU on a host link that has no MU', () => {
    expect(buildStartLink('https://acme.webex.com/acme/m.php?AT=HM&MK=1', back)).toBe(
      `https://acme.webex.com/acme/m.php?AT=HM&MK=1&BU=${encodeURIComponent(back)}`,
    );
  });

  it('accepts an extension page as the back URL', () => {
    const page = 'chrome-extension://abcdefghijklmnop/result.html';
    expect(param(buildStartLink('https://acme.webex.com/acme/m.php?AT=HM&MK=1', page), 'BU')).toBe(
      page,
    );
  });

  it('delivers any clean back URL intact to both places (property-based)', () => {
    const backUrls = fc
      .tuple(
        fc.webUrl(),
        fc.array(fc.tuple(fc.stringMatching(/^q[a-z]{2,6}$/), fc.string({ maxLength: 12 })), {
          maxLength: 3,
        }),
      )
      .map(([base, pairs]) => {
        const query = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        return query ? `${base}?${query}` : base;
      });
    const tickets = fc.stringMatching(/^[A-Za-z0-9+/]{8,40}={0,2}$/);
    const keys = fc.stringMatching(/^\d{9,11}$/);
    fc.assert(
      fc.property(backUrls, tickets, keys, (backUrl, ticket, key) => {
        const mu = encodeURIComponent(`https://acme.webex.com/acme/m.php?AT=HM&MK=${key}`);
        const hostUrl = `https://acme.webex.com/acme/p.php?AT=LI&TK=${encodeURIComponent(ticket)}&MU=${mu}`;
        const link = buildStartLink(hostUrl, backUrl);
        expect(param(link, 'TK')).toBe(ticket);
        expect(param(link, 'BU')).toBe(backUrl);
        expect(param(param(link, 'MU')!, 'MK')).toBe(key);
        expect(param(param(link, 'MU')!, 'BU')).toBe(backUrl);
      }),
      { numRuns: 500 },
    );
  });

  it('explains a malformed MU', () => {
    expect(() =>
      buildStartLink('https://acme.webex.com/acme/p.php?AT=LI&TK=t&MU=%E0%A4%A', back),
    ).toThrow(/command after sign-in \(MU\) is malformed/);
  });
});

describe('every builder refuses passwords and odd addresses', () => {
  const signIn =
    'https://acme.webex.com/acme/p.php?AT=LI&TK=t&MU=%2Facme%2Fm.php%3FAT%3DHM%26MK%3D1';

  it.each([
    ['a PW parameter', 'https://acme.webex.com/acme/p.php?AT=LI&WID=j&PW=secret&MU=x'],
    ['a lower-case pw', 'https://acme.webex.com/acme/p.php?AT=LI&pw=secret'],
    ['a PID parameter', 'https://acme.webex.com/acme/p.php?AT=SU&Pid=1234'],
    ['PW inside MU', 'https://acme.webex.com/acme/p.php?AT=LI&TK=t&MU=%2Fm.php%3FAT%3DHM%26PW%3Dx'],
    ['PW encoded twice', 'https://acme.webex.com/acme/p.php?AT=LI&MU=%2Fm.php%253FPW%253Dx'],
  ])('buildStartLink with %s', (_, url) => {
    expect(() => buildStartLink(url, back)).toThrow(/carries a password \(PW or PID parameter\)/);
  });

  it.each([
    ['a PW parameter', 'https://intranet.example/done?pw=x'],
    ['a PID parameter', 'https://intranet.example/done?x=1&PID=7'],
    ['PW in its fragment', 'https://intranet.example/done#PW=x'],
  ])('a back URL with %s', (_, backUrl) => {
    expect(() => buildStartLink(signIn, backUrl)).toThrow(/back URL carries a password/);
    expect(() => buildJoinLink('https://acme.webex.com/acme/e.php?AT=SI&MK=1', backUrl)).toThrow(
      /carries a password/,
    );
    expect(() => buildHostCommandLink(acme, '1', backUrl)).toThrow(/carries a password/);
  });

  it('never repeats the password in the message, even for an odd address', () => {
    expect(() => buildStartLink('javascript:x?PW=hunter2', back)).toThrow(/carries a password/);
    expect(() => buildStartLink('javascript:x?PW=hunter2', back)).not.toThrow(/hunter2/);
  });

  it('a retry link with a password', () => {
    expect(() =>
      buildLogoutAndRetryLink(acme, 'https://acme.webex.com/acme/p.php?AT=LI&WID=j&PW=x'),
    ).toThrow(/retry link carries a password/);
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', '/acme/p.php?AT=LI', 'not a url', ''])(
    'addresses that are not full web addresses: %j',
    (url) => {
      expect(() => buildStartLink(url, back)).toThrow(/is not a full web address/);
      expect(() => buildStartLink(signIn, url)).toThrow(/back URL .* is not a full web address/);
      expect(() => buildLogoutAndRetryLink(acme, url)).toThrow(
        /retry link .* not a full web address/,
      );
    },
  );

  it('never produces a link that carries PW or PID, whatever the input (property-based)', () => {
    const key = fc.constantFrom('PW', 'pw', 'Pw', 'PID', 'pid', 'TK', 'MK', 'WID', 'x', ' pw');
    const piece = fc
      .tuple(key, fc.constantFrom('=', '%3D', '%253D'), fc.string({ maxLength: 8 }))
      .map((parts) => parts.join(''));
    const query = fc
      .array(fc.tuple(fc.constantFrom('&', '%26', '%2526', '?', '#', ';'), piece), { maxLength: 5 })
      .map((pairs) => pairs.flat().join(''));
    const url = fc.tuple(fc.webUrl(), query).map(([base, tail]) => `${base}?AT=LI${tail}`);
    const buildAny = fc.constantFrom(
      (a: string, b: string) => buildStartLink(a, b),
      (a: string, b: string) => buildJoinLink(a, b),
      (_: string, b: string) => buildLogoutAndRetryLink(acme, b),
      (_: string, b: string) => buildHostCommandLink(acme, '123456789', b),
    );
    fc.assert(
      fc.property(buildAny, url, url, (build, first, second) => {
        let link: string;
        try {
          link = build(first, second);
        } catch {
          return;
        }
        expect(passwordParameters(link)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('buildJoinLink', () => {
  it("adds BU to GetjoinurlMeeting's joinMeetingURL (as recorded)", () => {
    const xml = readRecorded('meeting_getjoinurl_meeting_response_good.xml');
    const joinUrl = /<meet:joinMeetingURL>([^<]*)</.exec(xml)![1]!.replaceAll('&amp;', '&');
    expect(buildJoinLink(joinUrl, back)).toBe(
      `https://test.webex.com/test/e.php?AT=SI&MK=123456789&BU=${encodeURIComponent(back)}`,
    );
  });

  it('keeps the fragment of the join link at the end', () => {
    expect(buildJoinLink('https://acme.webex.com/acme/j.php?MTID=m1#x', back)).toBe(
      `https://acme.webex.com/acme/j.php?MTID=m1&BU=${encodeURIComponent(back)}#x`,
    );
  });
});

describe('buildLogoutAndRetryLink', () => {
  it('signs out of the site and then goes to the retry link, unchanged', () => {
    const retry = buildStartLink(
      'https://acme.webex.com/acme/p.php?AT=LI&TK=t&MU=%2Facme%2Fm.php%3FAT%3DHM%26MK%3D1',
      back,
    );
    const link = buildLogoutAndRetryLink(acme, retry);
    expect(link).toBe(`https://acme.webex.com/acme/p.php?AT=LO&BU=${encodeURIComponent(retry)}`);
    expect(param(link, 'BU')).toBe(retry);
  });

  it.each<[WebExSite, RegExp]>([
    [{ name: 'ac me', origin: 'https://acme.webex.com' }, /not a WebEx site name/],
    [{ name: '', origin: 'https://acme.webex.com' }, /not a WebEx site name/],
    [{ name: 'acme', origin: 'https://acme.webex.com/acme' }, /not a WebEx site address/],
    [{ name: 'acme', origin: 'ftp://acme.webex.com' }, /not a WebEx site address/],
    [{ name: 'acme', origin: 'acme' }, /not a WebEx site address/],
  ])('refuses the site %j', (site, message) => {
    expect(() => buildLogoutAndRetryLink(site, back)).toThrow(message);
  });

  it('accepts an origin written with a trailing slash', () => {
    expect(buildLogoutAndRetryLink({ name: 'acme', origin: 'https://acme.webex.com/' }, back)).toBe(
      `https://acme.webex.com/acme/p.php?AT=LO&BU=${encodeURIComponent(back)}`,
    );
  });
});

describe('buildHostCommandLink', () => {
  it.each([
    ['123456789', '123456789'],
    ['123 456 789', '123456789'],
    ['123-456-789', '123456789'],
  ])('starts meeting %s for a host already signed in', (key, digits) => {
    expect(buildHostCommandLink(acme, key, back)).toBe(
      `https://acme.webex.com/acme/m.php?AT=HM&MK=${digits}&BU=${encodeURIComponent(back)}`,
    );
  });

  it.each(['', 'abc', '123&PW=1', '1'.repeat(21)])('refuses the meeting number %j', (key) => {
    expect(() => buildHostCommandLink(acme, key, back)).toThrow(/is not a meeting number/);
  });
});
