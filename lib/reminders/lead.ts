import type { ReminderLead, Settings } from '../storage';

/** The lead times Options offers, in order (0 is off). */
export const REMINDER_LEADS: readonly ReminderLead[] = [0, 1, 5, 10, 15];

/** The reminder lead time, 5 minutes when the settings predate it or hold an unknown value. */
export function reminderLeadOf(settings: Pick<Settings, 'reminderLeadMinutes'>): ReminderLead {
  const lead = settings.reminderLeadMinutes;
  return lead !== undefined && REMINDER_LEADS.includes(lead) ? lead : 5;
}
