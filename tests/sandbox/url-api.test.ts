import { describe, expect, it } from 'vitest';
import { meetingBody, useSandbox } from './test-setup.ts';
import { resultOf, type TestBrowser, type Visit } from './test-client.ts';
import { ALICE, DANA } from './test-xml.ts';

const ACME = 'https://acme.webex.com/acme';
const BU = 'https://acme.webex.com/acme/backurl-test.html?from=ext';
const MINUTE = 60_000;

describe('URL API (p.php, m.php)', { timeout: 30_000 }, () => {
  const fx = useSandbox();

  async function scheduled(credentials = ALICE): Promise<string> {
    const reply = await fx.call(credentials, 'meet:createMeeting', meetingBody());
    return reply.value('meetingkey')!;
  }
  async function hostUrl(key: string): Promise<string> {
    return (
      await fx.call(ALICE, 'meet:gethosturlMeeting', `<meet:meetingKey>${key}</meet:meetingKey>`)
    ).value('hostMeetingURL')!;
  }
  const signIn = (
    browser: TestBrowser,
    webExId = 'alice',
    password = 'correct-horse-1',
    site = 'acme',
  ) =>
    browser.follow(`https://${site}.webex.com/${site}/p.php?AT=LI&BU=${encodeURIComponent(BU)}`, {
      WID: webExId,
      PW: password,
    });
  const last = (visits: Visit[]) => visits.at(-1)!;
  const meeting = () => fx.sandbox.state('acme').meetings[0]!;

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

  it('signs in with WID and PW sent by POST; the BU receives WID', async () => {
    const browser = fx.browser();
    const visits = await signIn(browser);
    expect(last(visits).url).toBe(`${BU}&AT=LI&ST=SUCCESS&WID=alice`);
    expect(browser.cookies('acme.webex.com').has('WBXSESSION')).toBe(true);
    expect(fx.sandbox.state('acme').browserSessions).toMatchObject([{ webExId: 'alice' }]);
  });

  it.each([
    ['a wrong password', 'alice', 'nope'],
    ['an unknown WebEx ID', 'mallory', 'correct-horse-1'],
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

  it.each(['PW=correct-horse-1', 'PID=partner'])(
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

  it('answers InvalidMeetingKey to HM of an unknown meeting or one the host does not host', async () => {
    const bobs = await scheduled({ site: 'acme', webExID: 'bob', password: 'battery-staple-2' });
    const browser = fx.browser();
    await signIn(browser);
    for (const key of ['111111111', bobs]) {
      const visits = await browser.follow(
        `${ACME}/m.php?AT=HM&MK=${key}&BU=${encodeURIComponent(BU)}`,
      );
      expect(resultOf(last(visits).url).RS).toBe('InvalidMeetingKey');
    }
  });

  it('answers MeetingNotInProgress to a join before the host started, SUCCESS after', async () => {
    const key = await scheduled();
    const join = `${ACME}/m.php?AT=JM&MK=${key}&AN=Carol&AE=carol%40example.com&BU=${encodeURIComponent(BU)}`;
    expect(resultOf(last(await fx.browser().follow(join)).url)).toEqual({
      from: 'ext',
      AT: 'JM',
      ST: 'FAIL',
      RS: 'MeetingNotInProgress',
    });
    await fx.browser().follow(await hostUrl(key));
    const visits = await fx.browser().follow(join);
    expect(visits[0]!.text).toContain('Joining Weekly sync as Carol.');
    expect(resultOf(last(visits).url)).toEqual({ from: 'ext', AT: 'JM', ST: 'SUCCESS' });
  });

  it.each([
    ['an unknown meeting', 'MK=111111111', 'InvalidMeetingKey'],
    ['a malformed email', 'MK={key}&AE=not-an-email', 'InvalidEmailAddress'],
  ])('answers JM of %s with %s', async (_, query, reason) => {
    const key = await scheduled();
    const visits = await fx
      .browser()
      .follow(`${ACME}/m.php?AT=JM&${query.replace('{key}', key)}&BU=${encodeURIComponent(BU)}`);
    expect(resultOf(last(visits).url).RS).toBe(reason);
  });

  it("enforces the site's maximum duration on SM and IM (strict: 40 minutes, WebEx defaults to 60)", async () => {
    const browser = fx.browser();
    await signIn(browser, DANA.webExID, DANA.password, 'strict');
    const command = (query: string) =>
      browser.follow(
        `https://strict.webex.com/strict/m.php?${query}&BU=${encodeURIComponent(BU)}`,
        { PW: 'pw-1234' },
      );
    for (const query of ['AT=SM&CN=Plan', 'AT=IM&DU=41']) {
      expect(resultOf(last(await command(query)).url)).toMatchObject({
        ST: 'FAIL',
        RS: 'TheDurationIsExceedTheMaxDuration',
      });
    }
    expect(fx.sandbox.state('strict').meetings).toEqual([]);
    const scheduledVisit = last(await command('AT=SM&CN=Plan&DU=40&YE=2025&MO=6&DA=9&HO=14&MI=30'));
    const instantVisit = last(await command('AT=IM&CN=Now&DU=20'));
    const [planned, instant] = fx.sandbox.state('strict').meetings;
    expect(resultOf(scheduledVisit.url)).toEqual({
      from: 'ext',
      AT: 'SM',
      ST: 'SUCCESS',
      MK: planned!.meetingKey,
    });
    expect(resultOf(instantVisit.url)).toEqual({
      from: 'ext',
      AT: 'IM',
      ST: 'SUCCESS',
      MK: instant!.meetingKey,
    });
    expect(planned).toMatchObject({
      confName: 'Plan',
      startDate: '06/09/2025 14:30:00',
      durationMinutes: 40,
      status: 'NOT_INPROGRESS',
      meetingPassword: 'pw-1234',
    });
    expect(instant).toMatchObject({ confName: 'Now', status: 'INPROGRESS', timeZoneID: 4 });
  });

  it.each([
    ['MT=74378', 'NoMeetingTypeSupport'],
    ['MT=1', 'SiteDoNotSupportThisMeetingType'],
    ['DU=abc', 'InvalidDataFormat'],
  ])('answers SM with %s: %s', async (query, reason) => {
    const browser = fx.browser();
    await signIn(browser);
    const visits = await browser.follow(
      `${ACME}/m.php?AT=SM&${query}&BU=${encodeURIComponent(BU)}`,
    );
    expect(resultOf(last(visits).url).RS).toBe(reason);
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
        PW: 'correct-horse-1',
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
      .follow(`${ACME}/p.php?AT=LI&MU=${mu}`, { WID: 'alice', PW: 'correct-horse-1' });
    expect(last(visits).url).toBe(`${BU}&AT=HM&ST=SUCCESS`);
  });

  it('serves e.php and j.php links of GetjoinurlMeeting', async () => {
    const key = await scheduled();
    const reply = await fx.call(
      ALICE,
      'meet:getjoinurlMeeting',
      `<meet:meetingKey>${key}</meet:meetingKey>`,
    );
    const join = await fx.browser().open(reply.value('joinMeetingURL')!);
    const invite = await fx.browser().open(reply.value('inviteMeetingURL')!);
    expect([join.status, invite.status]).toEqual([200, 200]);
    expect(join.text).toContain(`<span id="meeting-key">${key}</span>`);
    expect(invite.text).toContain('Meeting information');
  });

  it('serves the URL API on 127.0.0.1 with the site taken from the path', async () => {
    const base = fx.sandbox.url;
    const visits = await fx.browser().follow(`${base}/acme/p.php?AT=LO`);
    expect(last(visits).url).toBe(`${base}/mywebex/default.do?siteurl=acme&AT=LO&ST=SUCCESS`);
    expect(last(visits).text).toContain('<title>acme.webex.com</title>');
  });
});
