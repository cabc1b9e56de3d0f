import { describe, expect, it } from 'vitest';
import {
  recentMeetingsOf,
  withoutRecentMeeting,
  withRecentMeeting,
} from '../../../lib/background/recent-meetings';
import { RECENT_MEETINGS_LIMIT, type RecentMeeting } from '../../../lib/storage';

const ACME = 'https://acme.webex.com';

const meeting = (meetingKey: string, siteOrigin = ACME, webExId = 'alice'): RecentMeeting => ({
  meetingKey,
  topic: meetingKey,
  startsAt: 0,
  durationMinutes: 30,
  timeZoneId: 25,
  owner: { siteOrigin, webExId },
  requestId: `r${meetingKey}`,
  scheduledAt: 0,
});

const keys = (list: RecentMeeting[]) => list.map((m) => m.meetingKey);

describe('withRecentMeeting', () => {
  it('puts the newest first', () => {
    expect(keys(withRecentMeeting([meeting('1'), meeting('2')], meeting('3')))).toEqual([
      '3',
      '1',
      '2',
    ]);
  });

  it('keeps one entry per meeting key (the new one)', () => {
    const updated = { ...meeting('1'), topic: 'new' };
    const list = withRecentMeeting([meeting('2'), meeting('1')], updated);
    expect(keys(list)).toEqual(['1', '2']);
    expect(list[0]?.topic).toBe('new');
  });

  it('the same key on another site is another meeting', () => {
    expect(
      keys(withRecentMeeting([meeting('1', 'https://other.webex.com')], meeting('1'))),
    ).toEqual(['1', '1']);
  });

  it(`keeps the last ${RECENT_MEETINGS_LIMIT}`, () => {
    let list: RecentMeeting[] = [];
    for (let i = 1; i <= RECENT_MEETINGS_LIMIT + 3; i++)
      list = withRecentMeeting(list, meeting(String(i)));
    expect(list).toHaveLength(RECENT_MEETINGS_LIMIT);
    expect(list[0]?.meetingKey).toBe(String(RECENT_MEETINGS_LIMIT + 3));
    expect(list.at(-1)?.meetingKey).toBe('4');
  });
});

describe('withoutRecentMeeting', () => {
  it('drops only that key of that site', () => {
    const list = [meeting('1'), meeting('2'), meeting('1', 'https://other.webex.com')];
    expect(withoutRecentMeeting(list, '1', { siteOrigin: ACME, webExId: 'alice' })).toEqual([
      list[1],
      list[2],
    ]);
  });
});

describe('recentMeetingsOf', () => {
  it("the account's own meetings; the WebEx ID matches whatever its case", () => {
    const list = [
      meeting('1', ACME, 'Alice'),
      meeting('2', ACME, 'bob'),
      meeting('3', 'https://x.webex.com'),
    ];
    expect(keys(recentMeetingsOf(list, { siteOrigin: ACME, webExId: 'alice' }))).toEqual(['1']);
  });
});
