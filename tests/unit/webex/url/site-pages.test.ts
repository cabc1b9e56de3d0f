import { describe, expect, it } from 'vitest';
import { sitePageUrl } from '../../../../lib/webex/url/site-pages';

describe('sitePageUrl', () => {
  it.each([
    [
      { name: 'acme', origin: 'https://acme.webex.com' },
      'p.php',
      'https://acme.webex.com/acme/p.php',
    ],
    [
      { name: 'acme', origin: 'https://acme.webex.com/' },
      'm.php',
      'https://acme.webex.com/acme/m.php',
    ],
    [
      { name: 'my-site_2', origin: 'http://127.0.0.1:8443' },
      'm.php',
      'http://127.0.0.1:8443/my-site_2/m.php',
    ],
  ] as const)('%j %s -> %s', (site, page, url) => {
    expect(sitePageUrl(site, page)).toBe(url);
  });

  it.each([
    [{ name: 'ac/me', origin: 'https://acme.webex.com' }, /not a WebEx site name/],
    [{ name: '-acme', origin: 'https://acme.webex.com' }, /not a WebEx site name/],
    [{ name: 'acme', origin: 'https://acme.webex.com/acme' }, /not a WebEx site address/],
    [{ name: 'acme', origin: 'https://acme.webex.com?x=1' }, /not a WebEx site address/],
    [{ name: 'acme', origin: 'javascript:alert(1)' }, /not a WebEx site address/],
    [{ name: 'acme', origin: '' }, /not a WebEx site address/],
  ])('refuses %j', (site, message) => {
    expect(() => sitePageUrl(site, 'p.php')).toThrow(message);
  });
});
