import { describe, expect, it } from 'vitest';
import {
  joinUrl,
  rawParameterValue,
  splitUrl,
  withoutParameters,
} from '../../../../lib/webex/url/url-parts';

describe('splitUrl and joinUrl', () => {
  it.each([
    ['https://x.example/p', { path: 'https://x.example/p', parameters: [], fragment: '' }],
    [
      'https://x.example/p?a=1&b=%26&&c#f?g=1',
      { path: 'https://x.example/p', parameters: ['a=1', 'b=%26', 'c'], fragment: '#f?g=1' },
    ],
    ['/s/m.php?AT=HM&MK=1', { path: '/s/m.php', parameters: ['AT=HM', 'MK=1'], fragment: '' }],
    [
      'https://x.example/#/r?a=1',
      { path: 'https://x.example/', parameters: [], fragment: '#/r?a=1' },
    ],
  ])('%s', (url, parts) => {
    expect(splitUrl(url)).toEqual(parts);
  });

  it.each(['https://x.example/p?a=1&b=%26#f', '/s/m.php?AT=HM&MK=1', 'https://x.example/'])(
    'joins %s back as it was',
    (url) => {
      expect(joinUrl(splitUrl(url))).toBe(url);
    },
  );
});

describe('rawParameterValue and withoutParameters', () => {
  const parts = splitUrl('https://x.example/?AT=LI&mu=%2Fm.php&Bu=1&BU=2&flag');

  it.each([
    ['MU', '%2Fm.php'],
    ['bu', '1'],
    ['FLAG', ''],
    ['TK', undefined],
  ])('reads the first %s, any case, still encoded', (name, value) => {
    expect(rawParameterValue(parts, name)).toBe(value);
  });

  it('removes every parameter of the names, any case', () => {
    expect(joinUrl(withoutParameters(parts, ['BU', 'flag']))).toBe(
      'https://x.example/?AT=LI&mu=%2Fm.php',
    );
    expect(joinUrl(withoutParameters(parts, ['AT', 'MU', 'BU', 'FLAG']))).toBe(
      'https://x.example/',
    );
  });
});
