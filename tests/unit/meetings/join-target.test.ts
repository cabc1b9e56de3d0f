import { describe, expect, it } from 'vitest';
import {
  joinProblemMessage,
  joinTargetUrl,
  parseJoinInput,
  type JoinParse,
} from '../../../lib/meetings/join-target';

const ACME = { name: 'acme', origin: 'https://acme.webex.com' };

/** The URL that would open, or the problem's kind. */
function outcome(input: string): string {
  const parsed: JoinParse = parseJoinInput(input);
  return parsed.ok ? joinTargetUrl(parsed.target, ACME) : `problem:${parsed.problem.kind}`;
}

describe('parseJoinInput: meeting numbers', () => {
  it.each([
    ['123456789', '123456789'],
    ['1234567890', '1234567890'],
    ['12345678901', '12345678901'],
    ['123 456 789', '123456789'],
    ['123-456-789', '123456789'],
    ['  2345 678 9012 ', '23456789012'],
    ['123 - 456 - 7890', '1234567890'],
  ])('%j joins meeting %s on the signed-in site, with no password', (input, key) => {
    expect(outcome(input)).toBe(`https://acme.webex.com/acme/m.php?AT=JM&MK=${key}`);
  });

  it.each([
    ['12345678', 8],
    ['1234 5678', 8],
    ['123456789012', 12],
    ['123-456-789-012', 12],
  ])('refuses %j: %i digits', (input, digits) => {
    const parsed = parseJoinInput(input);
    expect(parsed).toEqual({ ok: false, problem: { kind: 'numberLength', digits } });
  });

  it('says what it expected, with the count it saw', () => {
    const parsed = parseJoinInput('12345678');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(joinProblemMessage(parsed.problem)).toBe(
        'A meeting number has 9 to 11 digits; this one has 8.',
      );
  });

  it('asks for something when nothing was entered', () => {
    expect(outcome('   ')).toBe('problem:empty');
  });
});

describe('parseJoinInput: meeting links', () => {
  it.each([
    [
      'https://globex.webex.com/globex/j.php?MTID=m0a1b2c3d4e5f',
      'https://globex.webex.com/globex/j.php?MTID=m0a1b2c3d4e5f',
      'mtid',
    ],
    [
      'https://globex.webex.com/meet/carol.chen',
      'https://globex.webex.com/meet/carol.chen',
      'personalRoom',
    ],
    [
      'https://globex.webex.com/globex/m.php?AT=JM&MK=2345678901',
      'https://globex.webex.com/globex/m.php?AT=JM&MK=2345678901',
      'meetingKey',
    ],
    // Case, order, extra parameters and fragments as WebEx pages and mail clients write them.
    [
      'https://Globex.WebEx.com/globex/m.php?mk=2345678901&at=jm&BU=https%3A%2F%2Fevil.test#x',
      'https://globex.webex.com/globex/m.php?AT=JM&MK=2345678901',
      'meetingKey',
    ],
    [
      'https://acme.webex.com/acme/j.php?MTID=m1&from=mail#frag',
      'https://acme.webex.com/acme/j.php?MTID=m1',
      'mtid',
    ],
    ['https://globex.webex.com/meet/carol/', 'https://globex.webex.com/meet/carol', 'personalRoom'],
    ['globex.webex.com/meet/carol', 'https://globex.webex.com/meet/carol', 'personalRoom'],
    [
      'https://acme.my.webex.com/meet/carol',
      'https://acme.my.webex.com/meet/carol',
      'personalRoom',
    ],
  ])('%s opens as %s', (input, url, form) => {
    const parsed = parseJoinInput(input);
    expect(parsed).toEqual({
      ok: true,
      target: { kind: 'link', form, url },
      passwordRemoved: false,
    });
    expect(joinTargetUrl(parsed.ok ? parsed.target : (undefined as never), ACME)).toBe(url);
  });

  it.each([
    [
      'https://globex.webex.com/globex/j.php?MTID=m1&PW=secret1',
      'https://globex.webex.com/globex/j.php?MTID=m1',
    ],
    [
      'https://globex.webex.com/globex/j.php?pwd=secret1&MTID=m1',
      'https://globex.webex.com/globex/j.php?MTID=m1',
    ],
    [
      'https://globex.webex.com/globex/m.php?AT=JM&MK=123456789&PID=secret1',
      'https://globex.webex.com/globex/m.php?AT=JM&MK=123456789',
    ],
    ['https://globex.webex.com/meet/carol?pw=secret1', 'https://globex.webex.com/meet/carol'],
  ])('leaves the password out of %s and says so', (input, url) => {
    const parsed = parseJoinInput(input);
    expect(parsed).toMatchObject({ ok: true, target: { url }, passwordRemoved: true });
    expect(JSON.stringify(parsed)).not.toContain('secret1');
  });

  it.each([
    ['http://globex.webex.com/meet/carol', 'notHttps'],
    ['javascript:alert(1)', 'notRecognised'],
    ['JavaScript:location="https://acme.webex.com/meet/x"', 'notRecognised'],
    ['data:text/html,<b>x</b>', 'notRecognised'],
    ['ftp://globex.webex.com/meet/carol', 'notRecognised'],
    ['meet carol', 'notRecognised'],
    ['---', 'notRecognised'],
    ['https://acme.webex.com.evil.test/meet/carol', 'notWebEx'],
    ['https://acme.webex.co/meet/carol', 'notWebEx'],
    ['https://acmewebex.com/meet/carol', 'notWebEx'],
    ['https://webex.com/meet/carol', 'notWebEx'],
    ['https://evil.test/acme.webex.com/meet/carol', 'notWebEx'],
    ['https://acme.webex.com@evil.test/meet/carol', 'notWebEx'],
    ['https://user:pw@acme.webex.com/meet/carol', 'notWebEx'],
    ['https://acme.webex.com:8443/meet/carol', 'notWebEx'],
    ['https://acme.webex.com./meet/carol', 'notWebEx'],
    ['https://zoom.us/j/123456789', 'notWebEx'],
    ['https://acme.webex.com/acme/j.php', 'unknownLink'],
    ['https://acme.webex.com/acme/j.php?MTID=<script>', 'unknownLink'],
    ['https://acme.webex.com/acme/m.php?AT=HM&MK=123456789', 'unknownLink'],
    ['https://acme.webex.com/acme/m.php?AT=JM&MK=12345678', 'unknownLink'],
    ['https://acme.webex.com/acme/m.php?AT=JM&MK=12345abc9', 'unknownLink'],
    ['https://acme.webex.com/meet/', 'unknownLink'],
    ['https://acme.webex.com/meet/a/b', 'unknownLink'],
    ['https://acme.webex.com/mw3300/mywebex/default.do', 'unknownLink'],
    ['https://acme.webex.com/acme/p.php?AT=LI&MTID=m1', 'unknownLink'],
  ])('refuses %s (%s)', (input, kind) => {
    expect(outcome(input)).toBe(`problem:${kind}`);
  });

  it('names the host that is not WebEx, and what it expected', () => {
    const parsed = parseJoinInput('https://acme.webex.com.evil.test/meet/carol');
    if (parsed.ok) throw new Error('accepted a look-alike');
    expect(joinProblemMessage(parsed.problem)).toBe(
      'acme.webex.com.evil.test is not a WebEx site. Expected a meeting number (9 to 11 digits) or a link on a webex.com site.',
    );
  });

  it('says what links it takes', () => {
    const parsed = parseJoinInput('https://acme.webex.com/acme/j.php');
    if (parsed.ok) throw new Error('accepted a link without MTID');
    expect(joinProblemMessage(parsed.problem)).toContain('…/j.php?MTID=…');
  });
});

describe('joinTargetUrl', () => {
  it('refuses a malformed site rather than build a link on it', () => {
    const parsed = parseJoinInput('123456789');
    if (!parsed.ok) throw new Error('refused a number');
    expect(() =>
      joinTargetUrl(parsed.target, { name: 'ac/me', origin: 'https://acme.webex.com' }),
    ).toThrow();
  });
});
