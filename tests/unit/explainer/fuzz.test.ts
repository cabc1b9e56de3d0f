import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../../lib/explainer/decode/decode-input';
import { explainedBackUrl } from '../../../lib/explainer/explained-text';
import { resultFingerprint } from '../../../lib/explainer/fingerprint';
import { usableActions } from '../../../lib/explainer/panel-actions';
import { pageWithoutResult } from '../../../lib/explainer/page-without-result';
import { resultSummary } from '../../../lib/explainer/result-summary';
import { explainResult } from '../../../lib/webex/rs-catalogue';
import { parseBackUrlResult } from '../../../lib/webex/url/back-url';
import { looksLikeWebExResult } from '../../../lib/webex/url/looks-like-result';

// Hostile pieces a back URL may carry: markup, encodings, separators, huge and odd characters.
const hostilePiece = fc.oneof(
  fc.constantFrom(
    '<img src=x onerror=window.__pwned=1>',
    '<script>window.__pwned=1</script>',
    '"><svg onload=window.__pwned=1>',
    '%3Cscript%3E',
    '%253Cscript%253E',
    '%E0%A4%A',
    '%',
    '&',
    '#',
    '?',
    '=',
    'AT=',
    'ST=',
    'RS=',
    'MK=',
    '\u202E',
    '\uD800',
    'javascript:alert(1)',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const hostileText = fc.array(hostilePiece, { maxLength: 12 }).map((pieces) => pieces.join(''));
const hostileUrl = fc
  .tuple(hostileText, hostileText, fc.constantFrom('AT', 'at', 'At'), fc.constantFrom('ST', 'st'))
  .map(
    ([query, fragment, at, st]) =>
      `https://acme.webex.com/acme/b.html?${at}=LI&${st}=FAIL&RS=${query}#${fragment}`,
  );

describe('the explainer pipeline on hostile input', () => {
  it('never throws, and everything it shows is bounded text', () => {
    fc.assert(
      fc.property(fc.oneof(hostileUrl, hostileText), (url) => {
        const result = parseBackUrlResult(url);
        if (!result) return;
        const explanation = explainResult(result);
        const shown = explainedBackUrl(result, explanation);
        const actions = usableActions(explanation.actions, {
          meetingKey: result.mk,
          siteKnown: true,
        });
        expect(actions.at(-1)).toBe('dismiss');
        for (const fact of shown.facts) expect(fact.value.length).toBeLessThanOrEqual(200);
        expect(resultSummary(result, explanation, url)).toContain(shown.headline);
        expect(resultFingerprint(url, result)).toMatch(/^[0-9a-z]+$/);
        pageWithoutResult(url);
      }),
      { numRuns: 500 },
    );
  });

  it('the detector’s test (query + fragment) never misses a result the panel would show', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileUrl,
          hostileText.map((t) => `https://intranet.example.test/p?${t}`),
        ),
        (text) => {
          let url: URL;
          try {
            url = new URL(text);
          } catch {
            return;
          }
          if (parseBackUrlResult(url.href))
            expect(looksLikeWebExResult(url.search + url.hash)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the Decode view never throws on arbitrary pasted text or XML-ish text', () => {
    const xmlish = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            '<',
            '>',
            '</',
            'serv:message',
            'result',
            'FAILURE',
            'exceptionID',
            '&amp;',
            '&#x1F600;',
            '<![CDATA[',
          ),
          fc.string({ maxLength: 10 }),
        ),
        { maxLength: 30 },
      )
      .map((parts) => `<${parts.join('')}`);
    fc.assert(
      fc.property(fc.oneof(xmlish, hostileText, fc.string()), (text) => {
        const explained = decodeInput(text);
        if (explained) expect(typeof explained.headline).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('a 100 kB value costs no more than a short one and is cut for display', () => {
    const long = 'A'.repeat(100_000);
    const result = parseBackUrlResult(
      `https://acme.webex.com/x?AT=LI&ST=FAIL&RS=${long}&MK=${long}`,
    );
    expect(result?.rs?.length).toBeLessThanOrEqual(200);
    const shown = explainedBackUrl(result!, explainResult(result!));
    expect(shown.meaning.length).toBeLessThan(400);
  });
});
