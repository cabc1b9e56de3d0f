import { describe, expect, it } from 'vitest';
import { useSandbox } from './test-setup.ts';
import { resultOf } from './test-client.ts';
import { ACME, ALICE_PASSWORD, BU, MINUTE, last, urlApiHelpers } from './test-url-api.ts';

describe('URL API (p.php, m.php)', { timeout: 30_000 }, () => {
  const fx = useSandbox();
  const { scheduled, hostUrl, meeting } = urlApiHelpers(fx);

  it('starts a meeting from GethosturlMeeting: TK login, session cookie, m.php?AT=HM, page redirects', async () => {
    const key = await scheduled();
    const browser = fx.browser();
    const visits = await browser.follow(await hostUrl(key));
    expect(visits.map((visit) => new URL(visit.url).pathname)).toEqual([
      '/acme/p.php',
      '/acme/m.php',
      '/mywebex/default.do',
    ]);
    for (const visit of visits) {
      expect(visit.status).toBe(200); // never a 3xx: the page's script moves the browser
      expect(visit.headers.get('location')).toBeNull();
    }
    expect(visits[0]!.headers.get('set-cookie')).toMatch(
      /^WBXSESSION=[0-9a-f]{32}; Path=\/acme\/; Secure; HttpOnly; SameSite=Lax$/,
    );
    expect(visits[1]!.text).toContain('<title>Meeting started</title>');
    expect(resultOf(last(visits).url)).toEqual({ siteurl: 'acme', AT: 'HM', ST: 'SUCCESS' });
    expect(last(visits).text).toContain('<title>acme.webex.com</title>');
    expect(meeting()).toMatchObject({ status: 'INPROGRESS', hostJoined: true });
  });

  it("sends the HM result to MU's own BU, appended to its existing query", async () => {
    const key = await scheduled();
    const withBackUrl = (await hostUrl(key)).replace(
      /MU=([^&]+)/,
      (_, mu: string) =>
        `MU=${encodeURIComponent(`${decodeURIComponent(mu)}&BU=${encodeURIComponent(BU)}`)}`,
    );
    const visits = await fx.browser().follow(withBackUrl);
    expect(last(visits).url).toBe(`${BU}&AT=HM&ST=SUCCESS`);
    expect(last(visits).text).toContain('from=ext&amp;AT=HM&amp;ST=SUCCESS');
  });

  it('takes a TK once: the second use fails InvalidTicket at the outer BU and MU does not run', async () => {
    const key = await scheduled();
    const link = `${await hostUrl(key)}&BU=${encodeURIComponent(BU)}`;
    await fx.browser().follow(link);
    meeting().status = 'NOT_INPROGRESS';
    const visits = await fx.browser().follow(link);
    expect(resultOf(last(visits).url)).toEqual({
      from: 'ext',
      AT: 'LI',
      ST: 'FAIL',
      RS: 'InvalidTicket',
    });
    expect(meeting().status).toBe('NOT_INPROGRESS');
  });

  it('refuses a TK after its few minutes, and a TK issued to another host', async () => {
    const key = await scheduled();
    const expiring = await hostUrl(key);
    fx.sandbox.clock.advance(5 * MINUTE);
    expect(
      resultOf(last(await fx.browser().follow(`${expiring}&BU=${encodeURIComponent(BU)}`)).url).RS,
    ).toBe('InvalidTicket');
    const forBob = (await hostUrl(key)).replace('WID=alice', 'WID=bob');
    expect(resultOf(last(await fx.browser().follow(forBob)).url).RS).toBe('InvalidTicket');
  });

  it.each([
    ['another site', 'https%3A%2F%2Fstrict.webex.com%2Fstrict%2Fm.php%3FAT%3DHM'],
    ['another host', 'https%3A%2F%2Fintranet.example.test%2Facme%2Fm.php%3FAT%3DHM'],
    ['a page that is not a command', '%2Facme%2Fbackurl-test.html'],
  ])('refuses an MU on %s (InvalidDataFormat, no session)', async (_, mu) => {
    const browser = fx.browser();
    const visits = await browser.follow(
      `${ACME}/p.php?AT=LI&MU=${mu}&BU=${encodeURIComponent(BU)}`,
      {
        WID: 'alice',
        PW: ALICE_PASSWORD,
      },
    );
    expect(resultOf(last(visits).url).RS).toBe('InvalidDataFormat');
    expect(browser.cookies('acme.webex.com').size).toBe(0);
  });

  it('accepts a site-relative MU (as in the seed thread)', async () => {
    const key = await scheduled();
    const mu = encodeURIComponent(`/acme/m.php?AT=HM&MK=${key}&BU=${encodeURIComponent(BU)}`);
    const visits = await fx
      .browser()
      .follow(`${ACME}/p.php?AT=LI&MU=${mu}`, { WID: 'alice', PW: ALICE_PASSWORD });
    expect(last(visits).url).toBe(`${BU}&AT=HM&ST=SUCCESS`);
  });
});
