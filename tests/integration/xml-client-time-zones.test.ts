import { describe, expect, it } from 'vitest';
import { ALICE, BOB, meetingRequest, useXmlClient } from './xml-client-setup.ts';

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
    'a browser zone WebEx lacks (Kathmandu, +5:45) falls back to $account.webExId’s zone $homeZone',
    async ({ account, homeZone }) => {
      const backend = fx.backend();
      const { session } = await backend.signIn(account.site, account.webExId, account.password);
      const startsAt = Date.UTC(2025, 5, 10, 12);

      const scheduled = await backend.schedule(
        session,
        meetingRequest({ timeZone: 'Asia/Kathmandu', startsAt }),
      );

      expect(scheduled.timeZoneId).toBe(homeZone);
      expect(fx.sandbox.state('acme').meetings).toMatchObject([{ timeZoneID: homeZone, startsAt }]);
    },
  );
});
