import { describe, expect, it } from 'vitest';
import type { BackUrlResult } from '../../../../lib/webex/url/back-url';
import { resultQueryString } from '../../../support/result-query';

describe('resultQueryString', () => {
  it.each<[BackUrlResult, string]>([
    [{ at: 'LO', st: 'SUCCESS' }, 'AT=LO&ST=SUCCESS'],
    [{ at: 'LI', st: 'FAIL', rs: 'AccountLocked' }, 'AT=LI&ST=FAIL&RS=AccountLocked'],
    [
      { at: 'LI', st: 'SUCCESS', wid: 'jane@acme.com', tn: 'a b' },
      'AT=LI&ST=SUCCESS&WID=jane%40acme.com&TN=a%20b',
    ],
    [{ at: 'SM', st: 'SUCCESS', mk: '123456789' }, 'AT=SM&ST=SUCCESS&MK=123456789'],
    // A value that itself looks encoded is encoded twice, so that it reads back the same.
    [{ at: 'LI', st: 'SUCCESS', wid: 'a%41' }, 'AT=LI&ST=SUCCESS&WID=a%252541'],
    [{ at: 'LI', st: 'FAIL', rs: '' }, 'AT=LI&ST=FAIL'],
  ])('%j -> %s', (result, query) => {
    expect(resultQueryString(result)).toBe(query);
  });
});
