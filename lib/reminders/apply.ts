import type { Alarm, ReminderEnv } from './environment';
import { reminderNotification } from './notification';
import {
  ALARM_PREFIX,
  REFRESH_ALARM,
  reminderId,
  reminderKey,
  type PlannedAlarm,
  type ReminderPlan,
} from './plan';

/** The badge's colour while a meeting is close. */
export const BADGE_COLOR = '#0b5cad';
/** The first background refresh comes this soon after sign-in, then every REFRESH_MINUTES. */
const FIRST_REFRESH_MINUTES = 1;

function sameAlarm(alarm: Alarm, planned: PlannedAlarm): boolean {
  if ('when' in planned) return Math.abs(alarm.scheduledTime - planned.when) < 1000;
  return alarm.periodInMinutes === planned.periodInMinutes;
}

async function applyAlarms(env: ReminderEnv, planned: readonly PlannedAlarm[]): Promise<void> {
  const existing = (await env.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX));
  const wanted = new Map(planned.map((alarm) => [alarm.name, alarm]));
  const kept = new Set<string>();
  for (const alarm of existing) {
    const want = wanted.get(alarm.name);
    if (want && sameAlarm(alarm, want)) kept.add(alarm.name);
    else await env.alarms.clear(alarm.name);
  }
  for (const alarm of planned) {
    if (kept.has(alarm.name)) continue;
    if ('when' in alarm) await env.alarms.create(alarm.name, { when: alarm.when });
    else if (alarm.name === REFRESH_ALARM) {
      await env.alarms.create(alarm.name, {
        delayInMinutes: FIRST_REFRESH_MINUTES,
        periodInMinutes: alarm.periodInMinutes,
      });
    } else await env.alarms.create(alarm.name, { periodInMinutes: alarm.periodInMinutes });
  }
}

/**
 * Makes the browser match a plan: the shown record first (so a worker that dies while showing
 * never shows the same reminder again), then the alarms (ours only, by prefix; an alarm already
 * set for the same instant is left alone), the due notifications, and the badge. A notification
 * or badge the browser refuses is skipped: the rest still applies.
 */
export async function applyPlan(env: ReminderEnv, plan: ReminderPlan): Promise<void> {
  const before = await env.items.shown.getValue();
  const shown = [...plan.shown, ...plan.due.map(reminderKey)];
  if (shown.join() !== before.join()) await env.items.shown.setValue(shown);
  await applyAlarms(env, plan.alarms);
  const context = {
    now: env.now(),
    timeZone: env.timeZone(),
    iconUrl: env.iconUrl,
    buttons: env.buttons,
  };
  for (const meeting of plan.due) {
    try {
      await env.notifications.create(reminderId(meeting), reminderNotification(meeting, context));
    } catch {
      // Notifications turned off for the browser: the badge still says a meeting is close.
    }
  }
  try {
    if (plan.badge.text) await env.badge.setBadgeBackgroundColor({ color: BADGE_COLOR });
    await env.badge.setBadgeText({ text: plan.badge.text });
  } catch {
    // No toolbar button to badge (e.g. a browser without action): nothing to show.
  }
}
