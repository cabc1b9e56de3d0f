import { describe, expect, it } from 'vitest';
import { readRecorded as recorded } from '../support/reference.ts';
import { meetingBody, meetingCalls, useSandbox } from './test-setup.ts';
import { ALICE, BOB, DANA } from './test-xml.ts';

describe('XMLService meetings', { timeout: 30_000 }, () => {
  const fx = useSandbox();
  const { create, keyed } = meetingCalls(fx);

  it('CreateMeeting answers like recorded/meeting_create_meeting_response_good.xml', async () => {
    const reply = await create();
    // Newer servers add meetingUUID after guestToken (design.md); the rest is the recorded shape.
    const shape = (xml: string) =>
      xml.replace(/>[^<]+</g, '><').replace('<meet:meetingUUID></meet:meetingUUID>', '');
    expect(reply.text).toMatch(
      /<\/meet:guestToken><meet:meetingUUID>[0-9a-f]{32}<\/meet:meetingUUID><\/serv:bodyContent>/,
    );
    expect(shape(reply.text)).toBe(
      shape(recorded('meeting_create_meeting_response_good.xml').trim()),
    );
    expect(reply.value('meetingkey')).toMatch(/^[1-9]\d{8}$/);
    expect(reply.value('host')).toMatch(
      /^https:\/\/acme\.webex\.com\/acme\/j\.php\?MTID=m[0-9a-f]{32}$/,
    );
    expect(reply.value('guestToken')).toMatch(/^[0-9a-f]{32}$/);
    expect(fx.sandbox.state('acme').meetings).toMatchObject([
      {
        meetingKey: reply.value('meetingkey'),
        hostWebExId: 'alice',
        meetingType: 74377,
        timeZoneID: 25,
        status: 'NOT_INPROGRESS',
      },
    ]);
  });

  it('keeps text exactly: markup characters, carriage returns, non-ASCII', async () => {
    const confName = 'R&D <review> "Q3"\r\nnext: Zürich ✓';
    const key = (await create(meetingBody({ confName }))).value('meetingkey')!;
    expect(fx.sandbox.state('acme').meetings[0]?.confName).toBe(confName);
    const reply = await keyed('meet:getMeeting', key);
    expect(reply.value('confName')).toBe(confName);
    expect(reply.text).toContain('R&amp;D &lt;review&gt; &quot;Q3&quot;&#13;\nnext: Zürich ✓');
  });

  it('stores the start as wall-clock time in the meeting zone (Berlin summer time is UTC+2)', async () => {
    await create(meetingBody({ startDate: '07/01/2025 09:30:00', timeZoneID: 25 }));
    expect(fx.sandbox.state('acme').meetings[0]).toMatchObject({
      startDate: '07/01/2025 09:30:00',
      startsAt: Date.UTC(2025, 6, 1, 7, 30),
    });
  });

  it('040007 for an alternate host (role HOST) without a host account (the seed case)', async () => {
    const reply = await create(
      meetingBody({ attendees: [{ name: 'Carol', email: 'carol@example.com', role: 'HOST' }] }),
    );
    expect([reply.exceptionId, reply.reason]).toEqual([
      '040007',
      'The role is not supported for adding specified attendee to session',
    ]);
    expect(fx.sandbox.state('acme').meetings).toEqual([]);
  });

  it('accepts the same person as an attendee, and a real host as alternate host', async () => {
    const asAttendee = await create(
      meetingBody({ attendees: [{ name: 'Carol', email: 'carol@example.com', role: 'ATTENDEE' }] }),
    );
    const bobAsHost = await create(
      meetingBody({ attendees: [{ name: 'Bob', email: 'BOB@acme.example', role: 'HOST' }] }),
    );
    expect([asAttendee.result, bobAsHost.result]).toEqual(['SUCCESS', 'SUCCESS']);
    const key = bobAsHost.value('meetingkey')!;
    expect((await keyed('meet:gethosturlMeeting', key, BOB)).result).toBe('SUCCESS');
  });

  it.each([
    [
      'a site that requires a meeting password, without one',
      DANA,
      meetingBody({ duration: 30 }),
      '060026',
      'Meeting password must not be null',
    ],
    [
      'a duration over the site limit (40 on strict)',
      DANA,
      meetingBody({ password: 'pw-1234', duration: 41 }),
      '060016',
      undefined,
    ],
    [
      'a meeting type the host may not use',
      ALICE,
      meetingBody({ meetingType: 74378 }),
      '000001',
      'Access denied, additional privilege is required',
    ],
    [
      'a meeting type the site does not have',
      ALICE,
      meetingBody({ meetingType: 1 }),
      '000001',
      undefined,
    ],
    [
      'a start after 2050',
      ALICE,
      meetingBody({ startDate: '01/01/2051 10:00:00' }),
      '060017',
      undefined,
    ],
    [
      'a start that is not MM/DD/YYYY HH:MM:SS',
      ALICE,
      meetingBody({ startDate: '2025-06-03 10:00' }),
      '060017',
      undefined,
    ],
    [
      'a date that does not exist',
      ALICE,
      meetingBody({ startDate: '02/30/2025 10:00:00' }),
      '060017',
      undefined,
    ],
    [
      'a timeZoneID the site does not list',
      ALICE,
      meetingBody({ timeZoneID: 99 }),
      '060018',
      undefined,
    ],
  ])('CreateMeeting refuses %s', async (_, credentials, body, exceptionId, reason) => {
    const reply = await create(body, credentials);
    expect([reply.result, reply.exceptionId]).toEqual(['FAILURE', exceptionId]);
    if (reason) expect(reply.reason).toBe(reason);
    expect(fx.sandbox.state(credentials.site).meetings).toEqual([]);
  });

  it('lets the host who may use a meeting type use it', async () => {
    expect((await create(meetingBody({ meetingType: 74378 }), BOB)).result).toBe('SUCCESS');
  });

  it('schedules on the strict site with a password and a duration within its limit', async () => {
    const reply = await create(meetingBody({ password: 'pw-1234', duration: 40 }), DANA);
    expect(reply.result).toBe('SUCCESS');
    expect(
      (await keyed('meet:getMeeting', reply.value('meetingkey')!, DANA)).value('meetingPassword'),
    ).toBe('pw-1234');
  });

  it('CreateMeeting for another host: 060021 for a colleague, 060019 for nobody', async () => {
    const forHost = (id: string) =>
      meetingBody().replace(
        '</meet:schedule>',
        `<meet:hostWebExID>${id}</meet:hostWebExID></meet:schedule>`,
      );
    expect((await create(forHost('bob'))).exceptionId).toBe('060021');
    expect((await create(forHost('zed'))).exceptionId).toBe('060019');
  });
});
