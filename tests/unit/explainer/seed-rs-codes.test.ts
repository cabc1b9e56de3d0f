import { describe, expect, it } from 'vitest';
import { decodeBackUrl } from '../../../lib/explainer/decode/decode-back-url';
import { explainResult } from '../../../lib/webex/rs-catalogue';
import { SEED_RS_CODES_SEEN_WITH as SEEN_WITH, seedRsCodes } from '../../support/seed-rs-codes';

// The explanation of each code must be a known one where the seed says it is seen.
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
