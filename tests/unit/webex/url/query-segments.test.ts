import { describe, expect, it } from 'vitest';
import { rawParameters } from '../../../../lib/webex/url/query-segments';

const limits = { maxKeyLength: 3, maxValueLength: 5 };
const all = (text: string) => [...rawParameters(text, limits)];

describe('rawParameters', () => {
  it.each<[string, [string, string][]]>([
    ['', []],
    [
      'AT=LI&ST=FAIL',
      [
        ['AT', 'LI'],
        ['ST', 'FAIL'],
      ],
    ],
    ['https://x.example/p?AT=LI', [['AT', 'LI']]],
    [
      'https://x.example/#/r?AT=LI&ST=OK',
      [
        ['AT', 'LI'],
        ['ST', 'OK'],
      ],
    ],
    [
      '?a=1#b=2',
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ],
    [
      '?flag&AT=&=x',
      [
        ['AT', ''],
        ['', 'x'],
      ],
    ],
    ['?RS=a=b', [['RS', 'a=b']]],
    [
      '?AT=%26&ST=a+b',
      [
        ['AT', '%26'],
        ['ST', 'a+b'],
      ],
    ],
    ['?LONG=1&WID=123456789', [['WID', '12345']]],
  ])('%j', (text, expected) => {
    expect(all(text).map(({ key, value }) => [key, value])).toEqual(expected);
  });

  it('stays linear on many separators without =', () => {
    const started = performance.now();
    expect(all('&?#'.repeat(1_000_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
