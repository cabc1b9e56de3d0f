import { describe, expect, it } from 'vitest';
import { useSandbox } from './test-setup.ts';
import { resultOf } from './test-client.ts';
import { ACME, ALICE_PASSWORD, BU, MINUTE, last, signIn, urlApiHelpers } from './test-url-api.ts';

describe('URL API (p.php, m.php)', { timeout: 30_000 }, () => {
  const fx = useSandbox();
  const { scheduled, hostUrl, meeting } = urlApiHelpers(fx);

  it('signs in with WID and PW sent by POST; the BU receives WID', async () => {
    const browser = fx.browser();
    const visits = await signIn(browser);
    expect(last(visits).url).toBe(`${BU}&AT=LI&ST=SUCCESS&WID=alice`);
    expect(browser.cookies('acme.webex.com').has('WBXSESSION')).toBe(true);
    expect(fx.sandbox.state('acme').browserSessions).toMatchObject([{ webExId: 'alice' }]);
  });

  it.each([
    ['a wrong password', 'alice', 'nope'],
    ['an unknown WebEx ID', 'mallory', ALICE_PASSWORD],
  ])('answers BadWebExIDorPassword to %s', async (_, webExId, password) => {
    const browser = fx.browser();
    const visits = await signIn(browser, webExId, password);
    expect(resultOf(last(visits).url)).toEqual({
      from: 'ext',
      AT: 'LI',
      ST: 'FAIL',
      RS: 'BadWebExIDorPassword',
    });
    expect(browser.cookies('acme.webex.com').size).toBe(0);
  });

  it.each([`PW=${ALICE_PASSWORD}`, 'PID=partner'])(
    'refuses %s in a GET query string, even when right',
    async (secret) => {
      const browser = fx.browser();
      const visits = await browser.follow(
        `${ACME}/p.php?AT=LI&WID=alice&${secret}&BU=${encodeURIComponent(BU)}`,
      );
      expect(resultOf(last(visits).url)).toMatchObject({
        AT: 'LI',
        ST: 'FAIL',
        RS: 'BadWebExIDorPassword',
      });
      expect(browser.cookies('acme.webex.com').size).toBe(0);
    },
  );

  it('answers AlreadyLogon to a second login and does not run the chained MU command', async () => {
    const key = await scheduled();
    const browser = fx.browser();
    await signIn(browser);
    const visits = await browser.follow(`${await hostUrl(key)}&BU=${encodeURIComponent(BU)}`);
    expect(resultOf(last(visits).url)).toEqual({
      from: 'ext',
      AT: 'LI',
      ST: 'FAIL',
      RS: 'AlreadyLogon',
    });
    expect(visits.some((visit) => visit.url.includes('/m.php'))).toBe(false);
    expect(meeting().status).toBe('NOT_INPROGRESS');
  });

  it('ends a session after 30 idle minutes on the sandbox clock: m.php answers AccessDenied', async () => {
    const key = await scheduled();
    const browser = fx.browser();
    await signIn(browser);
    const host = `${ACME}/m.php?AT=HM&MK=${key}&BU=${encodeURIComponent(BU)}`;
    fx.sandbox.clock.advance(29 * MINUTE);
    expect(resultOf(last(await browser.follow(host)).url).ST).toBe('SUCCESS'); // activity keeps it alive
    fx.sandbox.clock.advance(30 * MINUTE + 1);
    expect(resultOf(last(await browser.follow(host)).url)).toEqual({
      from: 'ext',
      AT: 'HM',
      ST: 'FAIL',
      RS: 'AccessDenied',
    });
    // Expired means logged out: signing in again works.
    expect(resultOf(last(await signIn(browser)).url).ST).toBe('SUCCESS');
  });

  it('answers AccessDenied to host commands without a session', async () => {
    const key = await scheduled();
    for (const command of [`AT=HM&MK=${key}`, 'AT=SM&DU=30', 'AT=IM&DU=30']) {
      const visits = await fx
        .browser()
        .follow(`${ACME}/m.php?${command}&BU=${encodeURIComponent(BU)}`);
      expect(resultOf(last(visits).url).RS).toBe('AccessDenied');
    }
  });

  it('logs out with AT=LO: the cookie is cleared and host commands are denied again', async () => {
    const key = await scheduled();
    const browser = fx.browser();
    await signIn(browser);
    const visits = await browser.follow(`${ACME}/p.php?AT=LO&BU=${encodeURIComponent(BU)}`);
    expect(last(visits).url).toBe(`${BU}&AT=LO&ST=SUCCESS`);
    expect(browser.cookies('acme.webex.com').size).toBe(0);
    const host = await browser.follow(`${ACME}/m.php?AT=HM&MK=${key}&BU=${encodeURIComponent(BU)}`);
    expect(resultOf(last(host).url).RS).toBe('AccessDenied');
  });

  it("lands on the site's own page when there is no BU", async () => {
    const visits = await fx.browser().follow(`${ACME}/p.php?AT=LI&WID=alice`, { PW: 'wrong' });
    expect(last(visits).url).toBe(
      'https://acme.webex.com/mywebex/default.do?siteurl=acme&AT=LI&ST=FAIL&RS=BadWebExIDorPassword',
    );
    expect(last(visits).status).toBe(200);
    expect(last(visits).scriptTarget).toBeUndefined();
  });

  it('sends results to a BU on another configured host, keeping its query byte for byte', async () => {
    const backUrl = 'https://intranet.example.test/landing.html?x=a%20b&y=%3Cscript%3E';
    const visits = await fx
      .browser()
      .follow(`${ACME}/p.php?AT=LO&BU=${encodeURIComponent(backUrl)}`);
    expect(last(visits).url).toBe(`${backUrl}&AT=LO&ST=SUCCESS`);
    expect(last(visits).status).toBe(200);
    expect(last(visits).text).toContain('x=a%20b&amp;y=%3Cscript%3E&amp;AT=LO&amp;ST=SUCCESS');
  });

  it('shows the back-URL test page query as text, never as markup', async () => {
    const visit = await fx.browser().open(`${ACME}/backurl-test.html?AT=LI&ST=FAIL&RS=<b>x</b>`);
    expect(visit.status).toBe(200);
    expect(visit.text).toContain('<pre id="query">AT=LI&amp;ST=FAIL&amp;RS=%3Cb%3Ex%3C/b%3E</pre>');
    expect(visit.text).not.toContain('<b>x</b>');
  });

  it('serves the URL API on 127.0.0.1 with the site taken from the path', async () => {
    const base = fx.sandbox.url;
    const visits = await fx.browser().follow(`${base}/acme/p.php?AT=LO`);
    expect(last(visits).url).toBe(`${base}/mywebex/default.do?siteurl=acme&AT=LO&ST=SUCCESS`);
    expect(last(visits).text).toContain('<title>acme.webex.com</title>');
  });
});
