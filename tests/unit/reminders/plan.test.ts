import { describe, expect, it } from 'vitest';
import { badgeAt } from '../../../lib/reminders/badge';
import {
  reminderMeetingsOf,
  withoutReminderMeeting,
  withReminderMeeting,
} from '../../../lib/reminders/meetings';
import {
  BADGE_ALARM,
  meetingKeyOfReminder,
  planReminders,
  REFRESH_ALARM,
  reminderId,
  type PlanInput,
} from '../../../lib/reminders/plan';
import { reminderLeadOf } from '../../../lib/reminders/lead';
import type { ReminderMeeting } from '../../../lib/storage';

const MIN = 60_000;
const NOW = Date.UTC(2025, 5, 2, 9, 0);

function meeting(key: string, startsIn: number, extra: Partial<ReminderMeeting> = {}) {
  return {
    meetingKey: key,
    topic: `Topic ${key}`,
    startsAt: NOW + startsIn,
    started: false,
    ...extra,
  };
}

function plan(meetings: ReminderMeeting[], extra: Partial<PlanInput> = {}) {
  return planReminders({ meetings, leadMinutes: 5, now: NOW, shown: [], signedIn: true, ...extra });
}

function reminderAlarms(input: ReturnType<typeof plan>) {
  return input.alarms.filter((a) => a.name !== REFRESH_ALARM && a.name !== BADGE_ALARM);
}

describe('planReminders', () => {
  it.each([1, 5, 10, 15] as const)('sets the reminder %i minutes before the start', (lead) => {
    const m = meeting('111', 60 * MIN);
    expect(reminderAlarms(plan([m], { leadMinutes: lead }))).toEqual([
      { name: reminderId(m), when: m.startsAt - lead * MIN },
    ]);
  });

  it('off: no alarm, no reminder, no badge, even for a meeting about to start', () => {
    const result = plan([meeting('111', 2 * MIN)], { leadMinutes: 0 });
    expect(result).toMatchObject({ alarms: [], due: [], badge: { text: '' } });
  });

  it('keeps the periodic refresh while signed in with reminders on', () => {
    expect(plan([]).alarms).toEqual([{ name: REFRESH_ALARM, periodInMinutes: 15 }]);
  });

  it('nothing for a meeting that has started by the clock or by WebEx, or is past', () => {
    const result = plan([
      meeting('past', -30 * MIN),
      meeting('now', 0),
      meeting('running', 3 * MIN, { started: true }),
    ]);
    expect(result.due).toEqual([]);
    expect(reminderAlarms(result)).toEqual([]);
    expect(result.badge.text).toBe('');
  });

  it('a reminder whose time has come (or passed while the browser slept) is due now, once', () => {
    const soon = meeting('222', 3 * MIN);
    const first = plan([soon]);
    expect(first.due).toEqual([soon]);
    // What applyPlan stores before showing it: the next plan (e.g. in a restarted worker) skips it.
    const again = plan([soon], { shown: ['222@' + soon.startsAt] });
    expect(again.due).toEqual([]);
    expect(reminderAlarms(again)).toEqual([]);
  });

  it('an alarm that wakes the worker a moment early still shows its reminder', () => {
    const m = meeting('333', 5 * MIN + 1500);
    expect(plan([m]).due).toEqual([m]);
  });

  it('a moved meeting gets a new reminder at its new time, even if the old one was shown', () => {
    const old = meeting('444', 3 * MIN);
    const moved = { ...old, startsAt: NOW + 60 * MIN };
    const meetings = withReminderMeeting([old], moved);
    expect(meetings).toEqual([moved]);
    const result = plan(meetings, { shown: [`444@${old.startsAt}`] });
    expect(reminderAlarms(result)).toEqual([
      { name: reminderId(moved), when: moved.startsAt - 5 * MIN },
    ]);
    // The old entry stays until its start has passed; it no longer matches the meeting.
    expect(result.shown).toEqual([`444@${old.startsAt}`]);
  });

  it('a deleted meeting loses its reminder and its badge', () => {
    const m = meeting('555', 10 * MIN);
    expect(reminderAlarms(plan([m]))).toHaveLength(1);
    const result = plan(withoutReminderMeeting([m], '555'));
    expect(reminderAlarms(result)).toEqual([]);
    expect(result.badge.text).toBe('');
  });

  it('forgets shown reminders once their meeting has started', () => {
    const result = plan([], { shown: [`1@${NOW - MIN}`, `2@${NOW + MIN}`] });
    expect(result.shown).toEqual([`2@${NOW + MIN}`]);
  });

  it('signed out: nothing at all', () => {
    expect(plan([meeting('666', 3 * MIN)], { signedIn: false })).toMatchObject({
      alarms: [],
      due: [],
      badge: { text: '' },
    });
  });
});

describe('badgeAt', () => {
  it('shows the minutes left, rounded up, within 15 minutes of the next meeting', () => {
    expect(badgeAt([meeting('1', 5 * MIN)], NOW)).toEqual({ text: '5m', changesAt: NOW + MIN });
    expect(badgeAt([meeting('1', 4 * MIN + 1)], NOW).text).toBe('5m');
    expect(badgeAt([meeting('1', 15 * MIN)], NOW).text).toBe('15m');
    expect(badgeAt([meeting('1', 30_000)], NOW)).toEqual({ text: '1m', changesAt: NOW + 30_000 });
  });

  it('shows nothing further out, and changes when the meeting comes within 15 minutes', () => {
    expect(badgeAt([meeting('1', 40 * MIN)], NOW)).toEqual({ text: '', changesAt: NOW + 25 * MIN });
  });

  it('counts down to the nearest meeting that has not started; none: no badge, no change', () => {
    const meetings = [
      meeting('far', 12 * MIN),
      meeting('near', 3 * MIN),
      meeting('on', 1 * MIN, { started: true }),
    ];
    expect(badgeAt(meetings, NOW).text).toBe('3m');
    expect(badgeAt([meeting('gone', -MIN)], NOW)).toEqual({ text: '' });
  });

  it('the plan wakes the worker when the badge changes', () => {
    expect(plan([meeting('1', 3 * MIN)], { leadMinutes: 1 }).alarms).toContainEqual({
      name: BADGE_ALARM,
      when: NOW + MIN,
    });
  });
});

describe('reminder ids, list items and the lead setting', () => {
  it('reads the meeting key back from a reminder id and ignores other notifications', () => {
    expect(meetingKeyOfReminder(reminderId(meeting('123456789', MIN)))).toBe('123456789');
    expect(meetingKeyOfReminder('meeting-ready:r1')).toBeUndefined();
  });

  it('follows only meetings WebEx listed with a placed start; in progress counts as started', () => {
    const base = { topic: 'T', durationMinutes: 30, scheduledHere: false };
    expect(
      reminderMeetingsOf([
        { ...base, meetingKey: '1', startsAt: NOW, status: 'NOT_INPROGRESS' },
        { ...base, meetingKey: '2', startsAt: NOW, status: 'INPROGRESS' },
        { ...base, meetingKey: '3', startsAt: NOW, status: 'UNKNOWN', scheduledHere: true },
        { ...base, meetingKey: '4', status: 'NOT_INPROGRESS' },
      ]),
    ).toEqual([
      { meetingKey: '1', topic: 'T', startsAt: NOW, started: false },
      { meetingKey: '2', topic: 'T', startsAt: NOW, started: true },
    ]);
  });

  it('reads 5 minutes for settings stored before reminders existed or holding a bad value', () => {
    expect(reminderLeadOf({})).toBe(5);
    expect(reminderLeadOf({ reminderLeadMinutes: 7 as never })).toBe(5);
    expect(reminderLeadOf({ reminderLeadMinutes: 0 })).toBe(0);
  });
});
