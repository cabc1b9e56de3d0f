import { describe, expect, it } from 'vitest';
import { useSandbox } from './test-setup.ts';
import { resultOf } from './test-client.ts';
import { ALICE, BOB, DANA } from './test-xml.ts';
import { ACME, BU, last, signIn, urlApiHelpers } from './test-url-api.ts';

describe('URL API (p.php, m.php)', { timeout: 30_000 }, () => {
  const fx = useSandbox();
  const { scheduled, hostUrl } = urlApiHelpers(fx);

  it('answers InvalidMeetingKey to HM of an unknown meeting or one the host does not host', async () => {
    const bobs = await scheduled(BOB);
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
});
