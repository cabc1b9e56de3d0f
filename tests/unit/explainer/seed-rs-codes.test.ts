import { describe, expect, it } from 'vitest';
import { decodeBackUrl } from '../../../lib/explainer/decode/decode-back-url';
import { explainResult } from '../../../lib/webex/rs-catalogue';
import { seedRsCodes } from './seed-rs-codes';

// The seed says where each code is seen; the explanation must be a known one there.
const SEEN_WITH: Record<string, string> = {
  AccessDenied: 'HM',
  AlreadyLogon: 'LI',
  AutoLoginDisabled: 'LI',
  BadWebExIDorPassword: 'LI',
  DoNotSupportAPI: 'LI',
  EmailConflict: 'SU',
  NoMeetingTypeSupport: 'SM',
  SiteDoNotSupportThisMeetingType: 'IM',
  PartnerIDError: 'SU',
  TheDurationIsExceedTheMaxDuration: 'SM',
  Unknown: 'SU',
  WebExIDConflict: 'SU',
};

describe('the RS codes of seed 004', () => {
  const codes = seedRsCodes();

  it('are all read from the seed', () => {
    expect(codes).toEqual(Object.keys(SEEN_WITH));
  });

  it.each(Object.entries(SEEN_WITH))('%s (seen with AT=%s) has a known explanation', (rs, at) => {
    const explanation = explainResult({ at, st: 'FAIL', rs });
    expect(explanation.known).toBe(true);
    expect(explanation.code).toBe(rs);
    const decoded = decodeBackUrl(
      `https://acme.webex.com/acme/backurl-test.html?AT=${at}&ST=FAIL&RS=${rs}`,
    );
    expect(decoded.meaning).toBe(explanation.meaning);
    expect(decoded.facts).toContainEqual({ label: 'Reason code (RS)', value: rs });
  });
});
