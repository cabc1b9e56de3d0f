import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackUrlResult, type BackUrlResult } from '../../../../lib/webex/url/back-url';
import { looksLikeWebExResult } from '../../../../lib/webex/url/looks-like-result';
import { resultQueryString } from '../../../support/result-query';
import { KNOWN_RS_CODES } from '../../../../lib/webex/url/rs-codes';

const RESULT_KEYS = ['at', 'st', 'rs', 'wid', 'mk', 'tn', 'oid', 'ourl', 'returned'];

describe('parseBackUrlResult', () => {
  it.each<[string, BackUrlResult]>([
    [
      'https://intranet.example/webex/back?AT=LI&ST=FAIL&RS=BadWebExIDorPassword',
      { at: 'LI', st: 'FAIL', rs: 'BadWebExIDorPassword' },
    ],
    [
      'https://acme.webex.com/mywebex/default.do?siteurl=acme&AT=LO&ST=SUCCESS',
      { at: 'LO', st: 'SUCCESS' },
    ],
    [
      'http://ats.corp.webex.com/tools/ts/back_test.htm?fURL=sitename&AT=HM&ST=FAIL&RS=AccessDenied',
      { at: 'HM', st: 'FAIL', rs: 'AccessDenied' },
    ],
    ['?AT=SM&ST=SUCCESS&MK=123456789', { at: 'SM', st: 'SUCCESS', mk: '123456789' }],
    ['AT=LI&ST=SUCCESS&WID=jdoe&TN=42', { at: 'LI', st: 'SUCCESS', wid: 'jdoe', tn: '42' }],
    ['at=li&st=fail&rs=accountlocked', { at: 'LI', st: 'FAIL', rs: 'AccountLocked' }],
    ['At=jM&sT=Fail&Rs=MEETINGLOCKED', { at: 'JM', st: 'FAIL', rs: 'MeetingLocked' }],
    // Other spellings of the same reason.
    ['AT=LI&ST=FAIL&RS=BadWebexIDorPassword', { at: 'LI', st: 'FAIL', rs: 'BadWebExIDorPassword' }],
    ['AT=LI&ST=FAIL&RS=BadWebIDorPassword', { at: 'LI', st: 'FAIL', rs: 'BadWebExIDorPassword' }],
    ['AT=HM&ST=FAIL&RS=DonotSupportAPI', { at: 'HM', st: 'FAIL', rs: 'DoNotSupportAPI' }],
    ['AT=HM&ST=FAIL&RS=donotsupportapi', { at: 'HM', st: 'FAIL', rs: 'DoNotSupportAPI' }],
    // Status spellings fold into SUCCESS and FAIL.
    ['AT=LI&ST=FAILURE', { at: 'LI', st: 'FAIL' }],
    ['AT=LI&ST=failed', { at: 'LI', st: 'FAIL' }],
    ['AT=LI&ST=success', { at: 'LI', st: 'SUCCESS' }],
    ['AT=LI&ST=Succeeded', { at: 'LI', st: 'SUCCESS' }],
    // A code the catalogue does not know stays as it came.
    ['AT=SM&ST=FAIL&RS=SomethingNew', { at: 'SM', st: 'FAIL', rs: 'SomethingNew' }],
    // In a fragment route, and the query before the fragment first.
    [
      'https://x.example/#/done?AT=JM&ST=FAIL&RS=MeetingLocked',
      { at: 'JM', st: 'FAIL', rs: 'MeetingLocked' },
    ],
    ['https://x.example/?AT=LO&ST=SUCCESS#AT=LI&ST=FAIL', { at: 'LO', st: 'SUCCESS' }],
    // Repeated parameters: the first wins.
    [
      'AT=LI&ST=FAIL&RS=AccountLocked&AT=HM&ST=SUCCESS&RS=Unknown',
      { at: 'LI', st: 'FAIL', rs: 'AccountLocked' },
    ],
    // Encoded once, twice, three times (decoded twice at most).
    ['AT=LI&ST=SUCCESS&WID=jane%40acme.com', { at: 'LI', st: 'SUCCESS', wid: 'jane@acme.com' }],
    ['AT=LI&ST=SUCCESS&WID=jane%2540acme.com', { at: 'LI', st: 'SUCCESS', wid: 'jane@acme.com' }],
    [
      'AT=LI&ST=SUCCESS&WID=jane%252540acme.com',
      { at: 'LI', st: 'SUCCESS', wid: 'jane%40acme.com' },
    ],
    ['AT=LI&ST=SUCCESS&WID=j%C3%BCrgen', { at: 'LI', st: 'SUCCESS', wid: 'jürgen' }],
    ['AT=LI&ST=SUCCESS&WID=a+b%40x.com', { at: 'LI', st: 'SUCCESS', wid: 'a+b@x.com' }],
    // Meeting numbers as people write them.
    ['AT=SM&ST=SUCCESS&MK=123%20456%20789', { at: 'SM', st: 'SUCCESS', mk: '123456789' }],
    // Malformed escapes stay as text; bad UTF-8 becomes U+FFFD.
    ['AT=LI&ST=FAIL&RS=Bad%ZZ%', { at: 'LI', st: 'FAIL', rs: 'Bad%ZZ%' }],
    ['AT=LI&ST=FAIL&WID=%FFx', { at: 'LI', st: 'FAIL', wid: '\uFFFDx' }],
    // Invisible and control characters could disguise a value: they go.
    [
      'AT=JM&ST=FAIL&RS=Meeting%00Locked%E2%80%AE%0A',
      { at: 'JM', st: 'FAIL', rs: 'MeetingLocked' },
    ],
    // Empty values are left out; CSRF and other secrets are never kept.
    ['AT=LI&ST=SUCCESS&RS=&WID=&CSRF=secret-token&PW=x', { at: 'LI', st: 'SUCCESS' }],
  ])('reads %s', (url, expected) => {
    expect(parseBackUrlResult(url)).toEqual(expected);
  });

  it.each([
    '',
    'https://acme.webex.com/acme/',
    'AT=LI',
    'ST=FAIL',
    'AT=&ST=FAIL',
    'AT=LI&ST=',
    'AT=LOGIN&ST=FAIL',
    'AT=L1&ST=FAIL',
    'AT=LI&ST=MAYBE',
    'XAT=LI&XST=FAIL',
    'AT =LI&ST =FAIL',
    'AT%3DLI%26ST%3DFAIL',
    // The seed's sign-in link: a command, not a result.
    'https://sitename.webex.com/sitename/p.php?AT=LI&WID=x&MU=/sitename/m.php?AT=HM%26MK=1%26BU=http://y/&BU=http://y/',
    // First wins, even when the first is empty.
    'AT=&AT=LI&ST=FAIL',
  ])('finds no result in %j', (url) => {
    expect(parseBackUrlResult(url)).toBeNull();
  });

  it('keeps at most 200 characters of a value', () => {
    const result = parseBackUrlResult(`AT=LI&ST=SUCCESS&WID=${'w'.repeat(5000)}`);
    expect(result?.wid).toBe('w'.repeat(200));
  });

  it('never cuts a character in half at the cap', () => {
    const result = parseBackUrlResult(`AT=LI&ST=SUCCESS&WID=${'w'.repeat(199)}${'😀'.repeat(10)}`);
    expect(result?.wid).toBe('w'.repeat(199));
  });

  it('reads results at the end of a huge URL in linear time', () => {
    const huge = `https://x.example/?junk=${'%'.repeat(3_000_000)}${'&'.repeat(1_000_000)}&AT=LI&ST=FAIL&RS=AccountLocked`;
    const started = performance.now();
    expect(parseBackUrlResult(huge)).toEqual({ at: 'LI', st: 'FAIL', rs: 'AccountLocked' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('returns null for what is not a string', () => {
    expect(parseBackUrlResult(undefined as unknown as string)).toBeNull();
    expect(parseBackUrlResult(42 as unknown as string)).toBeNull();
  });
});

const junkPiece = fc.constantFrom(
  '%',
  '%2',
  '%25',
  '%41',
  '%E2%80',
  '%F0%9F%98%80',
  '%ZZ',
  '%00',
  '&',
  '=',
  '?',
  '#',
  '+',
  ' ',
  'AT',
  'at',
  'ST',
  'st',
  'RS',
  'WID',
  'MK',
  'TN',
  'LI',
  'hm',
  'FAIL',
  'Failure',
  'SUCCESS',
  'AccessDenied',
  'badwebidorpassword',
  '\uD800',
  '\uDC00',
  '\u202E',
  '\u0000',
  '😀',
  '123 456',
);
const junk = fc.array(junkPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));
// Result-shaped queries with junk in the keys, values and separators: most of them parse.
const parameter = fc
  .tuple(
    fc.constantFrom('AT', 'at', 'ST', 'st', 'RS', 'rs', 'WID', 'MK', 'TN', 'CSRF', 'PW', 'A', ''),
    fc.constantFrom('=', '=', '=', '=', '', '%3D'),
    fc.oneof(
      {
        arbitrary: fc.constantFrom('LI', 'hm', 'FAIL', 'failure', 'Success', 'DonotSupportAPI'),
        weight: 3,
      },
      { arbitrary: junk, weight: 1 },
    ),
  )
  .map((pieces) => pieces.join(''));
const separator = fc.constantFrom('&', '&', '&', '?', '#', '&&', '');
const parameters = fc
  .array(fc.tuple(parameter, separator), { maxLength: 6 })
  .map((pairs) => pairs.map(([piece, after]) => piece + after).join(''));
const value = (...likely: string[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...likely), weight: 4 }, { arbitrary: junk, weight: 1 });
const resultLike = fc
  .tuple(
    fc.constantFrom('', 'https://back.example/page?', '?', '#', 'https://x.example/#/r?'),
    parameters,
    fc.constantFrom('AT=', 'at=', 'At='),
    value('LI', 'hm', 'Jm', 'LOGIN', ''),
    separator,
    fc.constantFrom('ST=', 'st='),
    value('FAIL', 'failure', 'Success', 'OK', ''),
    fc.constantFrom('&', '?', '#'),
    parameters,
  )
  .map((pieces) => pieces.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  junk,
  fc.tuple(fc.webUrl(), junk).map(([url, tail]) => `${url}?${tail}`),
  resultLike,
  resultLike,
  resultLike,
  resultLike,
);

describe('parseBackUrlResult on any input (property-based)', () => {
  it('never throws and returns only the result fields, as plain strings within the cap', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseBackUrlResult(text);
        if (result === null) return;
        expect(Object.keys(result).every((key) => RESULT_KEYS.includes(key))).toBe(true);
        const { returned = [], ...named } = result;
        for (const parameter of returned) {
          expect(parameter.name).toMatch(/^[A-Z][A-Z0-9]{1,4}$/);
          expect(['CSRF', 'TK', 'PW', 'PID', 'BU', 'MU']).not.toContain(parameter.name);
        }
        const values = [...Object.values(named), ...returned.map((parameter) => parameter.value)];
        for (const value of values) {
          expect(typeof value).toBe('string');
          expect(value.length).toBeGreaterThan(0);
          expect(value.length).toBeLessThanOrEqual(200);
          // eslint-disable-next-line no-control-regex -- no control character may get through
          expect(value).not.toMatch(/[\u0000-\u001F\u202E]/);
          expect(() => encodeURIComponent(value)).not.toThrow(); // well-formed Unicode
        }
        expect(result.at).toMatch(/^[A-Z]{2}$/);
        expect(['SUCCESS', 'FAIL']).toContain(result.st);
      }),
      { numRuns: 2000 },
    );
  });

  it('is only found where the cheap pre-check says a result may be', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        if (parseBackUrlResult(text) !== null) expect(looksLikeWebExResult(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads its own result back unchanged (normalizing is idempotent)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseBackUrlResult(text);
        if (result === null) return;
        expect(parseBackUrlResult(`https://back.example/?${resultQueryString(result)}`)).toEqual(
          result,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the first result when later parameters repeat AT and ST', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseBackUrlResult(text);
        if (result === null) return;
        expect(parseBackUrlResult(`${text}&AT=ZZ&ST=SUCCESS&AT=YY&ST=FAIL`)).toEqual(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips any clean result through the query WebEx would append', () => {
    const clean = (pattern: RegExp) => fc.option(fc.stringMatching(pattern), { nil: undefined });
    const results = fc.record(
      {
        at: fc.stringMatching(/^[A-Z]{2}$/),
        st: fc.constantFrom('SUCCESS' as const, 'FAIL' as const),
        rs: fc.option(
          fc.oneof(fc.constantFrom(...KNOWN_RS_CODES), fc.stringMatching(/^[A-Za-z]{1,30}$/)),
          {
            nil: undefined,
          },
        ),
        wid: clean(/^[\w.@+%&=?#/-]{1,60}$/),
        mk: clean(/^\d{9,11}$/),
        tn: clean(/^[\w%]{1,20}$/),
        oid: clean(/^\d{1,12}$/),
        ourl: clean(/^https:\/\/[\w./%-]{1,60}$/),
      },
      { requiredKeys: ['at', 'st'] },
    );
    fc.assert(
      fc.property(results, (result) => {
        const expected = Object.fromEntries(
          Object.entries(result).filter(([, value]) => value !== undefined),
        );
        const url = `https://intranet.example/back?x=1&${resultQueryString(result)}`;
        expect(parseBackUrlResult(url)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
