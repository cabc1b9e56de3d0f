import { describe, expect, it } from 'vitest';
import { resultFingerprint } from '../../../lib/explainer/fingerprint';
import type { BackUrlResult } from '../../../lib/webex/url/back-url';

const PAGE = 'https://acme.webex.com/acme/backurl-test.html';
const RESULT: BackUrlResult = { at: 'LI', st: 'FAIL', rs: 'AccessDenied' };

describe('resultFingerprint', () => {
  const base = resultFingerprint(`${PAGE}?AT=LI&ST=FAIL&RS=AccessDenied`, RESULT);

  it('is the same for the same result on the same page, whatever else the query holds', () => {
    expect(resultFingerprint(`${PAGE}?x=1&AT=LI&ST=FAIL&RS=AccessDenied#top`, RESULT)).toBe(base);
  });

  it.each<[string, string, BackUrlResult]>([
    ['another reason', PAGE, { ...RESULT, rs: 'AlreadyLogon' }],
    ['another command', PAGE, { ...RESULT, at: 'HM' }],
    ['success', PAGE, { at: 'LI', st: 'SUCCESS' }],
    ['a meeting key', PAGE, { ...RESULT, mk: '123456789' }],
    ['a WebEx ID', PAGE, { ...RESULT, wid: 'alice' }],
    ['another page', 'https://acme.webex.com/acme/other.html', RESULT],
    ['another origin', 'https://intranet.example.test/acme/backurl-test.html', RESULT],
  ])('differs for %s', (_what, page, result) => {
    expect(resultFingerprint(page, result)).not.toBe(base);
  });

  it('keeps no meeting key or WebEx ID in clear', () => {
    const fingerprint = resultFingerprint(PAGE, { ...RESULT, mk: '987654321', wid: 'alice' });
    expect(fingerprint).not.toMatch(/987654321|alice/);
    expect(fingerprint).toMatch(/^[0-9a-z]{1,12}$/);
  });
});
