import { describe, expect, it } from 'vitest';
import { ALICE, BOB, meetingRequest, useXmlClient } from './xml-client-setup.ts';
import { meetingBody } from '../sandbox/test-setup.ts';
import { ALICE as SANDBOX_ALICE } from '../sandbox/test-xml.ts';

// Instants whose wall-clock time WebEx must get right, DST and half-hour offsets included.
const STARTS = [
  {
    timeZone: 'Europe/Berlin',
    startsAt: Date.UTC(2026, 0, 15, 8),
    id: 25,
    wall: '01/15/2026 09:00:00',
  },
  {
    timeZone: 'America/New_York',
    startsAt: Date.UTC(2025, 10, 2, 17),
    id: 11,
    wall: '11/02/2025 12:00:00',
  },
  {
    timeZone: 'Asia/Kolkata',
    startsAt: Date.UTC(2025, 5, 10, 4, 30),
    id: 41,
    wall: '06/10/2025 10:00:00',
  },
  {
    timeZone: 'Australia/Adelaide',
    startsAt: Date.UTC(2025, 11, 1),
    id: 52,
    wall: '12/01/2025 10:30:00',
  },
];

describe('XML API client over HTTPS: start times and time zones', { timeout: 30_000 }, () => {
  const fx = useXmlClient();

  it('sends the wall-clock start in the zone WebEx knows, and reads it back as the same instant', async () => {
    const backend = fx.backend();
    const { session } = await backend.signIn(ALICE.site, ALICE.webExId, ALICE.password);
    for (const { timeZone, startsAt } of STARTS) {
      await backend.schedule(session, meetingRequest({ topic: timeZone, timeZone, startsAt }));
    }

    const stored = fx.sandbox.state('acme').meetings.map((meeting) => ({
      topic: meeting.confName,
      id: meeting.timeZoneID,
      wall: meeting.startDate,
      startsAt: meeting.startsAt,
    }));
    expect(stored).toEqual(
      STARTS.map(({ timeZone, startsAt, id, wall }) => ({ topic: timeZone, id, wall, startsAt })),
    );
    const listed = await backend.list(session, {
      from: Date.UTC(2025, 5, 1),
      to: Date.UTC(2026, 1, 1),
    });
    expect(
      listed.map(({ topic, startsAt, timeZoneId }) => ({ topic, startsAt, id: timeZoneId })),
    ).toEqual(
      [...STARTS]
        .sort((a, b) => a.startsAt - b.startsAt)
        .map(({ timeZone, startsAt, id }) => ({ topic: timeZone, startsAt, id })),
    );
  });

  it.each([
    { account: ALICE, homeZone: 25 },
    { account: BOB, homeZone: 11 },
  ])(
    'a browser zone the site lacks (Chatham, +12:45) falls back to $account.webExId’s zone $homeZone',
    async ({ account, homeZone }) => {
      const backend = fx.backend();
      const { session } = await backend.signIn(account.site, account.webExId, account.password);
      const startsAt = Date.UTC(2025, 5, 10, 12);

      const scheduled = await backend.schedule(
        session,
        meetingRequest({ timeZone: 'Pacific/Chatham', startsAt }),
      );

      expect(scheduled.timeZoneId).toBe(homeZone);
      expect(fx.sandbox.state('acme').meetings).toMatchObject([{ timeZoneID: homeZone, startsAt }]);
    },
  );
});

describe(
  'XML API client over HTTPS: the site’s own zones (LstTimeZone)',
  { timeout: 30_000 },
  () => {
    const fx = useXmlClient();
    const JANUARY = { from: Date.UTC(2025, 0, 10), to: Date.UTC(2025, 0, 20) };

    async function createOnSite(confName: string, timeZoneID: number, startDate: string) {
      const reply = await fx.call(
        SANDBOX_ALICE,
        'meet:createMeeting',
        meetingBody({ confName, timeZoneID, startDate }),
      );
      expect(reply.result).toBe('SUCCESS');
    }

    it('reads 01/15/2025 09:00:00 in zone 0 (+12 on the site) as 2025-01-14T21:00Z', async () => {
      await createOnSite('Dateline', 0, '01/15/2025 09:00:00');
      const backend = fx.backend();
      const { session } = await backend.signIn(ALICE.site, ALICE.webExId, ALICE.password);

      const [meeting] = await backend.list(session, JANUARY);

      expect(new Date(meeting?.startsAt ?? NaN).toISOString()).toBe('2025-01-14T21:00:00.000Z');
    });

    it('lists both meetings when one is in zone 62 (Alaska), past the built-in table', async () => {
      await createOnSite('Berlin', 25, '01/15/2025 09:00:00');
      await createOnSite('Anchorage', 62, '01/15/2025 09:00:00');
      const backend = fx.backend();
      const { session } = await backend.signIn(ALICE.site, ALICE.webExId, ALICE.password);

      const listed = await backend.list(session, JANUARY);

      expect(
        listed.map(({ topic, startsAt, timeZoneId }) => ({ topic, startsAt, timeZoneId })),
      ).toEqual([
        { topic: 'Berlin', startsAt: Date.UTC(2025, 0, 15, 8), timeZoneId: 25 },
        { topic: 'Anchorage', startsAt: Date.UTC(2025, 0, 15, 18), timeZoneId: 62 },
      ]);
    });

    it('asks LstTimeZone once per site: a second list uses the kept one', async () => {
      await createOnSite('Dateline', 0, '01/15/2025 09:00:00');
      const backend = fx.backend();
      const { session } = await backend.signIn(ALICE.site, ALICE.webExId, ALICE.password);

      await backend.list(session, JANUARY);
      await backend.list(session, JANUARY);

      expect(fx.requestsFor('LstsummaryMeeting')).toHaveLength(2);
      expect(fx.requestsFor('LstTimeZone')).toHaveLength(1);
      expect(fx.requestsFor('LstTimeZone').map((request) => request.xsdErrors)).toEqual([[]]);
    });

    it.each([
      { timeZone: 'Pacific/Majuro', id: 0, wall: '01/15/2025 09:00:00' },
      { timeZone: 'Asia/Kathmandu', id: 63, wall: '01/15/2025 02:45:00' },
    ])(
      'schedules in $timeZone as the site’s zone $id, at the wall clock it expects',
      async ({ timeZone, id, wall }) => {
        const backend = fx.backend();
        const { session } = await backend.signIn(ALICE.site, ALICE.webExId, ALICE.password);
        const startsAt = Date.UTC(2025, 0, 14, 21);

        await backend.schedule(session, meetingRequest({ timeZone, startsAt }));

        expect(fx.sandbox.state('acme').meetings).toMatchObject([
          { timeZoneID: id, startDate: wall, startsAt },
        ]);
      },
    );
  },
);
