import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../../lib/explainer/decode/decode-input';
import { explainedBackUrl } from '../../../lib/explainer/explained-text';
import { resultSummary } from '../../../lib/explainer/result-summary';
import { explainResult } from '../../../lib/webex/rs-catalogue';
import { parseBackUrlResult } from '../../../lib/webex/url/back-url';

const OFFICE_CREATED =
  '?AT=CO&ST=SUCCESS&OID=1234&OURL=https%3A%2F%2Facme.webex.com%2Fmeet%2Falice';

function panelFor(url: string) {
  const result = parseBackUrlResult(url)!;
  return explainedBackUrl(result, explainResult(result));
}

// Issue 10, item 6: what came back is shown, in the panel, in Decode and in "Copy details".
describe('returned values as facts', () => {
  it('shows the office WebEx created: its ID and address', () => {
    const shown = panelFor(OFFICE_CREATED);
    expect(shown.headline).toBe('Office created');
    expect(shown.facts).toEqual([
      { label: 'Command (AT)', value: 'CO' },
      { label: 'Outcome (ST)', value: 'SUCCESS' },
      { label: 'Office ID (OID)', value: '1234' },
      { label: 'Office address (OURL)', value: 'https://acme.webex.com/meet/alice' },
    ]);
    expect(decodeInput(OFFICE_CREATED)).toMatchObject({
      headline: 'Office created',
      facts: expect.arrayContaining([{ label: 'Office ID (OID)', value: '1234' }]),
    });
  });

  it('shows TN after SM, and every value of an unknown command under its own name', () => {
    expect(panelFor('AT=SM&ST=SUCCESS&MK=123456789&TN=5551234').facts).toContainEqual({
      label: 'Returned value (TN)',
      value: '5551234',
    });
    const shown = panelFor('https://portal.example/b?AT=PL&ST=SUCCESS&WID=alice&ID=42&CSRF=tok');
    expect(shown.facts).toEqual([
      { label: 'Command (AT)', value: 'PL' },
      { label: 'Outcome (ST)', value: 'SUCCESS' },
      { label: 'WebEx ID (WID)', value: 'alice' },
      { label: 'Returned value (ID)', value: '42' },
    ]);
    expect(JSON.stringify(shown)).not.toContain('tok');
  });

  it('puts them in the copied details too', () => {
    const result = parseBackUrlResult(OFFICE_CREATED)!;
    const text = resultSummary(result, explainResult(result), 'https://portal.example/back');
    expect(text).toContain('Office ID (OID): 1234');
    expect(text).toContain('Office address (OURL): https://acme.webex.com/meet/alice');
  });
});

const failureXml = (exceptionId: string, reason: string, gsbStatus: string, subErrors = '') =>
  `<serv:message xmlns:serv="http://www.webex.com/schemas/2002/06/service"><serv:header><serv:response><serv:result>FAILURE</serv:result><serv:reason>${reason}</serv:reason><serv:gsbStatus>${gsbStatus}</serv:gsbStatus><serv:exceptionID>${exceptionId}</serv:exceptionID>${subErrors}</serv:response></serv:header><serv:body><serv:bodyContent/></serv:body></serv:message>`;
const AS0001 =
  '<serv:subErrors><serv:subError><serv:exceptionID>AS0001</serv:exceptionID><serv:reason>Ticket service unavailable</serv:reason></serv:subError></serv:subErrors>';

// Issue 10, item 8: a pasted FAILURE with gsbStatus BACKUP and a sub-error.
describe('a pasted FAILURE in Decode', () => {
  it('030048 on backup servers: no ticket, try later, and the sub-error', () => {
    const shown = decodeInput(
      failureXml(
        '030048',
        "Authentication Server can't generate a valid session ticket",
        'BACKUP',
        AS0001,
      ),
    )!;
    expect(shown.headline).toBe("WebEx's sign-in service could not issue a session ticket");
    expect(shown.meaning).toMatch(/backup servers.*Try again later/);
    expect(shown.facts).toContainEqual({ label: 'gsbStatus', value: 'BACKUP' });
    expect(shown.facts).toContainEqual({
      label: 'Sub-error AS0001',
      value: 'Ticket service unavailable',
    });
  });

  it('an unknown code leads with what WebEx said and still shows gsbStatus and sub-errors', () => {
    const shown = decodeInput(failureXml('000025', 'Service busy', 'BACKUP', AS0001))!;
    expect(shown.headline).toBe('WebEx said: “Service busy”');
    expect(shown.meaning).toMatch(/^The extension does not know code 000025 yet.*backup servers/);
    expect(shown.facts).toContainEqual({
      label: 'Sub-error AS0001',
      value: 'Ticket service unavailable',
    });
  });

  it('a known code on the primary servers reads as before', () => {
    const shown = decodeInput(failureXml('060001', 'Meeting not found', 'PRIMARY'))!;
    expect(shown.meaning).not.toMatch(/backup/);
  });
});
