import { describe, expect, it } from 'vitest';
import { canonicalRsCode, KNOWN_RS_CODES, knownRsCode } from '../../../../lib/webex/url/rs-codes';

describe('knownRsCode and canonicalRsCode', () => {
  it.each([
    ['BadWebExIDorPassword', 'BadWebExIDorPassword'],
    ['BadWebexIDorPassword', 'BadWebExIDorPassword'],
    ['BadWebIDorPassword', 'BadWebExIDorPassword'],
    ['BADWEBIDORPASSWORD', 'BadWebExIDorPassword'],
    ['DonotSupportAPI', 'DoNotSupportAPI'],
    ['Access Denied', 'AccessDenied'],
    ['meeting_locked', 'MeetingLocked'],
    ['sitedonotsupportthismeetingtype', 'SiteDoNotSupportThisMeetingType'],
  ])('%j is %s', (code, canonical) => {
    expect(knownRsCode(code)).toBe(canonical);
    expect(canonicalRsCode(code)).toBe(canonical);
  });

  it.each(['SomethingNew', 'Bad WebEx', '', 'Access Denied!!x'])(
    'leaves the unknown code %j as it is',
    (code) => {
      expect(knownRsCode(code)).toBeUndefined();
      expect(canonicalRsCode(code)).toBe(code);
    },
  );

  it('gives every known code back unchanged', () => {
    for (const code of KNOWN_RS_CODES) expect(canonicalRsCode(code)).toBe(code);
  });
});
