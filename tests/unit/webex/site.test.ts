import { describe, expect, test } from 'vitest';
import { parseSiteInput } from '../../../lib/webex/site';

describe('parseSiteInput accepts', () => {
  test.each([
    ['acme', 'acme', 'https://acme.webex.com', false],
    ['  ACME  ', 'acme', 'https://acme.webex.com', false],
    ['acme-eu', 'acme-eu', 'https://acme-eu.webex.com', false],
    ['acme.webex.com', 'acme', 'https://acme.webex.com', false],
    ['Acme.WebEx.com/', 'acme', 'https://acme.webex.com', false],
    ['https://acme.webex.com', 'acme', 'https://acme.webex.com', false],
    ['https://acme.webex.com/acme/j.php?MTID=m123&x=1', 'acme', 'https://acme.webex.com', false],
    ['http://acme.webex.com/acme/', 'acme', 'https://acme.webex.com', false],
    [
      'acme.webex.com/mw3300/mywebex/default.do?siteurl=acme',
      'acme',
      'https://acme.webex.com',
      false,
    ],
    ['https://meet.example.org/acme/', 'acme', 'https://meet.example.org', true],
    ['https://webex.example.org', 'webex', 'https://webex.example.org', true],
    ['https://acme.webex.com:443/acme', 'acme', 'https://acme.webex.com', false],
    ['https://127.0.0.1:8443/sandbox', 'sandbox', 'https://127.0.0.1:8443', true],
    ['https://localhost:8443/acme', 'acme', 'https://localhost:8443', true],
  ])('%j -> %s at %s', (input, name, origin, needsPermission) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, site: { name, origin }, needsPermission });
  });
});

describe('parseSiteInput rejects', () => {
  test.each([
    ['', /empty/],
    ['   ', /empty/],
    ['acme corp', /no spaces/],
    ['acme!', /not a site name or web address/],
    ['webex.com', /WebEx's own pages/],
    ['www.webex.com', /WebEx's own pages/],
    ['https://signin.webex.com/collabs/auth', /WebEx's own pages/],
    ['admin.webex.com', /WebEx's own pages/],
    ['http://meet.example.org/acme', /https:\/\//],
    ['https://jdoe:secret@acme.webex.com', /user name and password/],
    ['ftp://acme.webex.com', /cannot be WebEx sites/],
    ['https://127.0.0.1:8443/', /Add the site name/],
    ['https://meet.example.org/ac%20me/', /not a valid WebEx site name/],
    ['localhost:8443', /not a site name or web address/],
  ])('%j', (input, problem) => {
    const result = parseSiteInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });

  test('every rejection says what to do', () => {
    const result = parseSiteInput('acme!');
    expect(result).toEqual({ ok: false, problem: expect.stringContaining('acme.webex.com') });
  });
});

describe('parseSiteInput asks about near-misses of webex.com before any permission', () => {
  test.each([
    ['acme.webex.co', 'acme.webex.com'],
    ['https://acme.webx.com/acme/', 'acme.webex.com'],
    ['acme.webex.con', 'acme.webex.com'],
    ['acme.wbeex.com', 'acme.webex.com'],
    ['acme.webexx.com', 'acme.webex.com'],
    ['acme.webex.co.uk', 'acme.webex.com'],
    ['http://acme.webex.cm', 'acme.webex.com'],
  ])('%j: did you mean %s?', (input, meant) => {
    const result = parseSiteInput(input);
    expect(result).toEqual({
      ok: false,
      problem: expect.stringContaining(`Did you mean ${meant}?`),
    });
  });

  test.each([
    'https://meet.example.org/acme/',
    'https://webex.example.org',
    'https://webinar.acme.com/x',
  ])('%j is an intranet address, not a slip', (input) => {
    expect(parseSiteInput(input)).toMatchObject({ ok: true, needsPermission: true });
  });

  test('a very long host name is compared in bounded time', () => {
    const host = `${'a'.repeat(100_000)}.webex.co`;
    const started = performance.now();
    parseSiteInput(`https://${host}/acme/`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
