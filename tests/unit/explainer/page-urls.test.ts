import { describe, expect, it } from 'vitest';
import { siteOfPage } from '../../../lib/explainer/page-site';
import { pageWithoutResult } from '../../../lib/explainer/page-without-result';

describe('siteOfPage', () => {
  it.each([
    [
      'https://acme.webex.com/acme/backurl-test.html?AT=LI&ST=FAIL',
      { name: 'acme', origin: 'https://acme.webex.com' },
    ],
    [
      'https://acme.webex.com/mywebex/default.do?siteurl=acme&AT=HM&ST=SUCCESS',
      { name: 'acme', origin: 'https://acme.webex.com' },
    ],
    [
      'https://acme.webex.com/mywebex/default.do?siteurl=AcmeTraining&AT=LO&ST=SUCCESS',
      { name: 'acmetraining', origin: 'https://acme.webex.com' },
    ],
    // A siteurl that is not a site name falls back to the host.
    [
      'https://acme.webex.com/x?siteurl=%3Cscript%3E',
      { name: 'acme', origin: 'https://acme.webex.com' },
    ],
  ])('%s -> %o', (url, site) => {
    expect(siteOfPage(url)).toEqual(site);
  });

  it.each([
    'https://intranet.example.test/landing.html?AT=JM&ST=FAIL',
    'http://acme.webex.com/acme/',
    'https://webex.com.evil.test/acme/',
    'https://a.b.webex.com/',
    'not a url',
  ])('knows no site for %s', (url) => {
    expect(siteOfPage(url)).toBeUndefined();
  });
});

describe('pageWithoutResult', () => {
  it.each([
    [
      'https://acme.webex.com/acme/backurl-test.html?AT=LI&ST=FAIL&RS=AlreadyLogon',
      'https://acme.webex.com/acme/backurl-test.html',
    ],
    [
      'https://intranet.example.test/landing.html?course=7&at=li&st=FAIL&rs=AlreadyLogon&CSRF=abc&WID=alice#x',
      'https://intranet.example.test/landing.html?course=7',
    ],
    [
      'https://acme.webex.com/mywebex/default.do?siteurl=acme&AT=LI&ST=FAIL&RS=AlreadyLogon&MK=1&TN=2',
      'https://acme.webex.com/mywebex/default.do?siteurl=acme',
    ],
  ])('%s -> %s', (url, expected) => {
    expect(pageWithoutResult(url)).toBe(expected);
  });

  it.each(['javascript:alert(1)', 'not a url', 'data:text/html,x'])('refuses %s', (url) => {
    expect(pageWithoutResult(url)).toBeNull();
  });
});
