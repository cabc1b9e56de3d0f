import type { ReminderLead, ReminderMeeting } from '../storage';
import { badgeAt, type BadgeState } from './badge';

const MINUTE_MS = 60_000;
/** An alarm may wake the worker a moment early; a reminder this close to its time is due. */
export const DUE_TOLERANCE_MS = 2_000;
/** Every alarm of reminders starts with this, so that the rest of the extension's are left alone. */
export const ALARM_PREFIX = 'reminders.';
/** The alarm that lists the host's meetings again, every REFRESH_MINUTES. */
export const REFRESH_ALARM = `${ALARM_PREFIX}refresh`;
export const REFRESH_MINUTES = 15;
/** The alarm that wakes the worker when the badge's text changes. */
export const BADGE_ALARM = `${ALARM_PREFIX}badge`;
const REMINDER_PREFIX = `${ALARM_PREFIX}meeting:`;

/** `meetingKey@startsAt`: one meeting at one start, so a moved meeting is a new reminder. */
export function reminderKey(meeting: Pick<ReminderMeeting, 'meetingKey' | 'startsAt'>): string {
  return `${meeting.meetingKey}@${meeting.startsAt}`;
}

/** The alarm name and the notification id of a meeting's reminder. */
export function reminderId(meeting: Pick<ReminderMeeting, 'meetingKey' | 'startsAt'>): string {
  return `${REMINDER_PREFIX}${reminderKey(meeting)}`;
}

/** The meeting key in a reminder's notification id, or undefined for any other id. */
export function meetingKeyOfReminder(id: string): string | undefined {
  if (!id.startsWith(REMINDER_PREFIX)) return undefined;
  const key = id.slice(REMINDER_PREFIX.length).split('@')[0];
  return key ? key : undefined;
}

/** Whether a meeting's reminder time (start minus lead) has come at `now`. */
export function isReminderDue(
  meeting: Pick<ReminderMeeting, 'startsAt'>,
  leadMinutes: ReminderLead,
  now: number,
): boolean {
  return meeting.startsAt - leadMinutes * MINUTE_MS <= now + DUE_TOLERANCE_MS;
}

/** One alarm that should exist: at an instant (epoch ms) or, for the refresh, periodically. */
export type PlannedAlarm =
  { name: string; when: number } | { name: string; periodInMinutes: number };

/** What should be true after a sync; applied by lib/reminders/apply.ts. */
export interface ReminderPlan {
  alarms: PlannedAlarm[];
  /** Reminders whose time has come: show each now, once. */
  due: ReminderMeeting[];
  /** The shown record, without entries whose meeting has started. */
  shown: string[];
  badge: BadgeState;
}

/** What a plan is made from; `meetings` belong to the signed-in host (none when signed out). */
export interface PlanInput {
  meetings: readonly ReminderMeeting[];
  leadMinutes: ReminderLead;
  /** Epoch ms. */
  now: number;
  shown: readonly string[];
  signedIn: boolean;
}

/**
 * Which alarms should exist and which reminders are due, given the host's meetings, the lead
 * time and now. A meeting that has started (by the clock or by WebEx) gets nothing; a reminder
 * already shown for the same meeting at the same start is never due again; a reminder whose
 * time passed while the browser slept is due at once as long as the meeting has not started.
 * Signed out or lead time off: no alarm, no reminder, no badge.
 */
export function planReminders(input: PlanInput): ReminderPlan {
  const { now, leadMinutes } = input;
  const shown = input.shown.filter((key) => Number(key.split('@')[1]) > now);
  if (!input.signedIn || leadMinutes === 0) {
    return { alarms: [], due: [], shown, badge: { text: '' } };
  }
  const upcoming = input.meetings.filter((m) => !m.started && m.startsAt > now);
  const alarms: PlannedAlarm[] = [{ name: REFRESH_ALARM, periodInMinutes: REFRESH_MINUTES }];
  const due: ReminderMeeting[] = [];
  for (const meeting of upcoming) {
    if (shown.includes(reminderKey(meeting))) continue;
    if (isReminderDue(meeting, leadMinutes, now)) due.push(meeting);
    else
      alarms.push({ name: reminderId(meeting), when: meeting.startsAt - leadMinutes * MINUTE_MS });
  }
  const badge = badgeAt(upcoming, now);
  if (badge.changesAt !== undefined) alarms.push({ name: BADGE_ALARM, when: badge.changesAt });
  return { alarms, due, shown, badge };
}
