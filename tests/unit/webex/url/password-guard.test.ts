import { describe, expect, it } from 'vitest';
import {
  assertNoPasswordParameter,
  carriesPasswordParameter,
} from '../../../../lib/webex/url/password-guard';

describe('carriesPasswordParameter', () => {
  it.each([
    'https://acme.webex.com/acme/p.php?AT=LI&WID=j&PW=secret',
    '?pw=x',
    'PW=x',
    '?x=1&Pid=2',
    'https://acme.webex.com/acme/m.php?AT=JM&MK=645850472&PWD=secret',
    '?x=1;pw=2',
    '#pw=1',
    '?x=1& PW =2',
    '?MU=m.php%3FAT%3DHM%26PW%3Dx',
    '?MU=m.php%253FAT%253DHM%2526PW%253Dx',
    `?x=%${'25'.repeat(10)}41`, // nested deeper than any honest link
  ])('finds a password in %j', (text) => {
    expect(carriesPasswordParameter(text)).toBe(true);
  });

  it.each([
    'https://acme.webex.com/acme/p.php?AT=LI&TK=abcPw==&MU=x',
    '?password_hint=1',
    '?xpw=1&apid=2&pwdx=3',
    '?q=pw',
    'https://pw.example/pid/',
    '',
  ])('finds none in %j', (text) => {
    expect(carriesPasswordParameter(text)).toBe(false);
  });
});

describe('assertNoPasswordParameter', () => {
  it('names what carried the password and what to do instead', () => {
    expect(() => assertNoPasswordParameter('?PW=x', 'back URL')).toThrow(
      /the back URL carries a password .* start meetings with the ticket link from GethosturlMeeting/,
    );
    expect(() => assertNoPasswordParameter('?TK=x', 'back URL')).not.toThrow();
  });
});
