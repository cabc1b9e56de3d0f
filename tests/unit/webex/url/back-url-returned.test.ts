import { describe, expect, it } from 'vitest';
import { parseBackUrlResult, type BackUrlResult } from '../../../../lib/webex/url/back-url';
import { resultQueryString } from '../../../support/result-query';

// Issue 10, item 6: every value WebEx returned is kept (and shown), never a token.
describe('parseBackUrlResult keeps what came back', () => {
  it.each<[string, BackUrlResult]>([
    // Issue 10, item 6: the office WebEx created, its ID and address.
    [
      '?AT=CO&ST=SUCCESS&OID=1234&OURL=https%3A%2F%2Facme.webex.com%2Fmeet%2Falice',
      { at: 'CO', st: 'SUCCESS', oid: '1234', ourl: 'https://acme.webex.com/meet/alice' },
    ],
    // TN after SM, and a value the parser has no name for: kept under its own name.
    [
      'https://portal.example/back?sid=7&AT=SM&ST=SUCCESS&MK=123456789&TN=5551234&XX=1&AT=HM',
      {
        at: 'SM',
        st: 'SUCCESS',
        mk: '123456789',
        tn: '5551234',
        returned: [{ name: 'XX', value: '1' }],
      },
    ],
    // A command the extension does not know: every returned value kept, tokens and chained
    // URLs (which may carry a ticket) not.
    [
      'AT=PL&ST=SUCCESS&WID=alice&ID=42&CSRF=t&TK=ticket&MU=https%3A%2F%2Fx&BU=https%3A%2F%2Fy&PID=p',
      { at: 'PL', st: 'SUCCESS', wid: 'alice', returned: [{ name: 'ID', value: '42' }] },
    ],
  ])('reads %s', (url, expected) => {
    expect(parseBackUrlResult(url)).toEqual(expected);
  });

  it('keeps the first twelve unnamed values, once each, and ignores lower-case page parameters', () => {
    const many = Array.from({ length: 20 }, (_, index) => `V${index}=${index}`).join('&');
    const result = parseBackUrlResult(`?siteurl=acme&AT=XY&ST=SUCCESS&V0=first&${many}`)!;
    expect(result.returned).toHaveLength(12);
    expect(result.returned?.[0]).toEqual({ name: 'V0', value: 'first' });
    expect(result.returned?.map((parameter) => parameter.name)).not.toContain('siteurl');
  });

  it('round-trips returned values through the query WebEx would append', () => {
    const result: BackUrlResult = {
      at: 'CO',
      st: 'SUCCESS',
      oid: '1234',
      ourl: 'https://acme.webex.com/meet/alice',
      returned: [{ name: 'XX', value: 'a b&c' }],
    };
    expect(parseBackUrlResult(`https://b.example/?${resultQueryString(result)}`)).toEqual(result);
  });
});
