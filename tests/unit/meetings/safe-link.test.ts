import { describe, expect, it } from 'vitest';
import { httpsLink } from '../../../lib/meetings/safe-link';

describe('httpsLink', () => {
  it.each([
    ['https://acme.webex.com/acme/j.php?MTID=m1', 'https://acme.webex.com/acme/j.php?MTID=m1'],
    ['http://acme.webex.com/acme/j.php', undefined],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['/acme/j.php', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j -> %j', (url, expected) => {
    expect(httpsLink(url)).toBe(expected);
  });
});
