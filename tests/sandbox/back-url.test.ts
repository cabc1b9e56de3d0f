import { describe, expect, it } from 'vitest';
import { appendResult } from './url-api/back-url.ts';

const RESULT: [string, string][] = [
  ['AT', 'LI'],
  ['ST', 'FAIL'],
  ['RS', 'BadWebExIDorPassword'],
];

describe("appendResult: results go after the back URL's existing query", () => {
  it.each([
    [
      'no query',
      'https://x.test/back',
      'https://x.test/back?AT=LI&ST=FAIL&RS=BadWebExIDorPassword',
    ],
    [
      'a query',
      'https://x.test/b?fURL=acme',
      'https://x.test/b?fURL=acme&AT=LI&ST=FAIL&RS=BadWebExIDorPassword',
    ],
    [
      'an empty query',
      'https://x.test/b?',
      'https://x.test/b?AT=LI&ST=FAIL&RS=BadWebExIDorPassword',
    ],
    [
      'a trailing &',
      'https://x.test/b?a=1&',
      'https://x.test/b?a=1&AT=LI&ST=FAIL&RS=BadWebExIDorPassword',
    ],
    [
      'encoded text, kept as sent',
      'https://x.test/b?q=a%20b+c',
      'https://x.test/b?q=a%20b+c&AT=LI&ST=FAIL&RS=BadWebExIDorPassword',
    ],
    [
      'a fragment',
      'https://x.test/b?a=1#top',
      'https://x.test/b?a=1&AT=LI&ST=FAIL&RS=BadWebExIDorPassword#top',
    ],
  ])('with %s', (_, backUrl, expected) => {
    expect(appendResult(backUrl, RESULT)).toBe(expected);
  });

  it('percent-encodes the values it adds', () => {
    expect(appendResult('https://x.test/b', [['RS', 'a&b=c d']])).toBe(
      'https://x.test/b?RS=a%26b%3Dc%20d',
    );
  });
});
