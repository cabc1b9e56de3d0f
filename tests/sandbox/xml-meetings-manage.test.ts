import { describe, expect, it } from 'vitest';
import { readRecorded as recorded } from '../support/reference.ts';
import { meetingBody, meetingCalls, useSandbox } from './test-setup.ts';
import { ALICE, BOB } from './test-xml.ts';

describe('XMLService meetings', { timeout: 30_000 }, () => {
  const fx = useSandbox();
  const { create, keyed } = meetingCalls(fx);

  it('LstsummaryMeeting with no meeting is FAILURE 000015', async () => {
    const reply = await fx.call(ALICE, 'meet:lstsummaryMeeting');
    expect([reply.result, reply.exceptionId, reply.reason]).toEqual([
      'FAILURE',
      '000015',
      'Sorry, no record found',
    ]);
  });

  it("lists the host's own meetings in start order, paged, with matchingRecords", async () => {
    await create(meetingBody({ confName: 'Later', startDate: '06/05/2025 10:00:00' }));
    await create(meetingBody({ confName: 'Sooner', startDate: '06/04/2025 10:00:00' }));
    await create(meetingBody({ confName: "Bob's" }), BOB);
    const all = await fx.call(ALICE, 'meet:lstsummaryMeeting');
    expect(all.all('meeting').map((item) => (item.confName as string[])[0])).toEqual([
      'Sooner',
      'Later',
    ]);
    expect([all.value('total'), all.value('returned'), all.value('startFrom')]).toEqual([
      '2',
      '2',
      '1',
    ]);
    expect(all.value('meetingKey')).toMatch(/^\d{9}$/);
    expect(all.value('status')).toBe('NOT_INPROGRESS');
    const second = await fx.call(
      ALICE,
      'meet:lstsummaryMeeting',
      '<meet:listControl><serv:startFrom>2</serv:startFrom><serv:maximumNum>1</serv:maximumNum></meet:listControl>',
    );
    expect([second.value('confName'), second.value('total'), second.value('returned')]).toEqual([
      'Later',
      '2',
      '1',
    ]);
    const descending = await fx.call(
      ALICE,
      'meet:lstsummaryMeeting',
      '<meet:order><meet:orderBy>STARTTIME</meet:orderBy><meet:orderAD>DESC</meet:orderAD></meet:order>',
    );
    expect(descending.value('confName')).toBe('Later');
  });

  it('filters by dateScope, read in the given time zone', async () => {
    await create(meetingBody({ confName: 'In', startDate: '06/04/2025 10:00:00', timeZoneID: 25 }));
    await create(
      meetingBody({ confName: 'Out', startDate: '06/20/2025 10:00:00', timeZoneID: 25 }),
    );
    // 06/04 09:00 in New York is 15:00 in Berlin: the 10:00 Berlin meeting is before it.
    const scope = (start: string, zone: number) =>
      `<meet:dateScope><meet:startDateStart>${start}</meet:startDateStart><meet:startDateEnd>06/10/2025 00:00:00</meet:startDateEnd><meet:timeZoneID>${zone}</meet:timeZoneID></meet:dateScope>`;
    const berlin = await fx.call(ALICE, 'meet:lstsummaryMeeting', scope('06/04/2025 00:00:00', 25));
    expect(berlin.all('meeting').map((item) => (item.confName as string[])[0])).toEqual(['In']);
    const newYork = await fx.call(
      ALICE,
      'meet:lstsummaryMeeting',
      scope('06/04/2025 09:00:00', 11),
    );
    expect(newYork.exceptionId).toBe('000015');
  });

  it.each([
    'meet:getMeeting',
    'meet:delMeeting',
    'meet:gethosturlMeeting',
    'meet:getjoinurlMeeting',
  ])('%s of an unknown meeting is 060001 "Corresponding Meeting not found"', async (type) => {
    const reply = await keyed(type, '987654321');
    expect([reply.exceptionId, reply.reason]).toEqual([
      '060001',
      'Corresponding Meeting not found',
    ]);
  });

  it("another host's meeting is not found for GetMeeting, DelMeeting and GethosturlMeeting", async () => {
    const key = (await create(meetingBody(), BOB)).value('meetingkey')!;
    for (const type of ['meet:getMeeting', 'meet:delMeeting', 'meet:gethosturlMeeting']) {
      expect((await keyed(type, key)).exceptionId).toBe('060001');
    }
    expect(fx.sandbox.state('acme').meetings).toHaveLength(1);
  });

  it('GetMeeting answers the full record in the recorded order', async () => {
    const key = (await create(meetingBody({ confName: 'Review', duration: 45 }))).value(
      'meetingkey',
    )!;
    const reply = await keyed('meet:getMeeting', key);
    const order = [...reply.text.matchAll(/<meet:(\w+)[ />]/g)].map((match) => match[1]);
    const recordedOrder = [
      ...recorded('meeting_get_meeting_response_good.xml').matchAll(/<meet:(\w+)[ />]/g),
    ].map((match) => match[1]);
    expect(recordedOrder.filter((name) => order.includes(name))).toEqual(
      order.filter((name, index) => order.indexOf(name) === index),
    );
    expect([
      reply.value('meetingkey'),
      reply.value('duration'),
      reply.value('timeZone'),
      reply.value('status'),
    ]).toEqual([key, '45', 'GMT+01:00, Europe (Berlin)', 'NOT_INPROGRESS']);
  });

  it('DelMeeting removes the meeting and answers iCalendar cancel links', async () => {
    const key = (await create()).value('meetingkey')!;
    const reply = await keyed('meet:delMeeting', key);
    expect(reply.text).toContain('xsi:type="meet:delMeetingResponse"');
    expect(reply.value('host')).toMatch(
      /^https:\/\/acme\.webex\.com\/acme\/j\.php\?ED=\d+&UID=\d+&ICS=CMC$/,
    );
    expect(reply.text).toContain('&amp;ICS=CMC');
    expect((await keyed('meet:getMeeting', key)).exceptionId).toBe('060001');
  });

  it('GethosturlMeeting answers a p.php login link with a one-time TK chained to m.php?AT=HM', async () => {
    const key = (await create()).value('meetingkey')!;
    const url = (await keyed('meet:gethosturlMeeting', key)).value('hostMeetingURL')!;
    const ticket = fx.sandbox.state('acme').hostUrlTickets[0]!.ticket;
    expect(url).toBe(
      `https://acme.webex.com/acme/p.php?AT=LI&WID=alice&TK=${ticket}&MU=https%3A%2F%2Facme.webex.com%2Facme%2Fm.php%3FAT%3DHM%26MK%3D${key}`,
    );
  });

  it('GetjoinurlMeeting answers e.php and j.php links, shaped like the recorded file (sessionKey form)', async () => {
    const key = (await create()).value('meetingkey')!;
    const reply = await fx.call(
      ALICE,
      'meet:getjoinurlMeeting',
      `<meet:sessionKey>${key}</meet:sessionKey>`,
    );
    const shape = (xml: string) => xml.replace(/>[^<]+</g, '><');
    expect(shape(reply.text)).toBe(
      shape(recorded('meeting_getjoinurl_meeting_response_good.xml').trim()),
    );
    expect(reply.value('joinMeetingURL')).toBe(`https://acme.webex.com/acme/e.php?AT=SI&MK=${key}`);
    expect(reply.value('inviteMeetingURL')).toMatch(
      /^https:\/\/acme\.webex\.com\/acme\/j\.php\?MTID=m[0-9a-f]{32}$/,
    );
  });

  it('LstTimeZone answers ns1: zones with the offset in force on the given date', async () => {
    const at = (date: string) =>
      fx.call(
        ALICE,
        'site:lstTimeZone',
        `<site:timeZoneID>25</site:timeZoneID><site:date>${date}</site:date>`,
      );
    const summer = await at('07/01/2025 12:00:00');
    const winter = await at('01/15/2025 12:00:00');
    expect(summer.text).toContain('xmlns:ns1="http://www.webex.com/schemas/2002/06/service/site"');
    expect(summer.text).toContain('<ns1:timeZoneID>25</ns1:timeZoneID>');
    expect([summer.value('gmtOffset'), summer.value('fallInDST')]).toEqual(['120', 'true']);
    expect([winter.value('gmtOffset'), winter.value('fallInDST')]).toEqual(['60', 'false']);
    const all = await fx.call(ALICE, 'site:lstTimeZone');
    // A current site: the schema's 0-61 and IDs past them (tests/sandbox/time-zones.ts).
    expect(all.all('timeZone')).toHaveLength(66);
  });
});
