import type { ReminderMeeting } from '../storage';

const MINUTE_MS = 60_000;
/** The badge shows the minutes left once the next meeting is this close. */
export const BADGE_WINDOW_MINUTES = 15;

/** The toolbar badge: its text ('' for none) and when (epoch ms) it next changes, if it does. */
export interface BadgeState {
  text: string;
  changesAt?: number;
}

/**
 * `5m` while the next meeting that has not started begins within 15 minutes (minutes rounded
 * up, so `1m` in its last minute), '' otherwise. `changesAt` is the next instant the text
 * changes: the next whole minute before the start, the start itself (the badge clears), or
 * the moment the next meeting comes within the window.
 */
export function badgeAt(meetings: readonly ReminderMeeting[], now: number): BadgeState {
  const next = meetings
    .filter((m) => !m.started && m.startsAt > now)
    .reduce<ReminderMeeting | undefined>(
      (a, b) => (a && a.startsAt <= b.startsAt ? a : b),
      undefined,
    );
  if (!next) return { text: '' };
  const left = next.startsAt - now;
  const minutes = Math.ceil(left / MINUTE_MS);
  if (minutes > BADGE_WINDOW_MINUTES) {
    return { text: '', changesAt: next.startsAt - BADGE_WINDOW_MINUTES * MINUTE_MS };
  }
  return { text: `${minutes}m`, changesAt: next.startsAt - (minutes - 1) * MINUTE_MS };
}
