import { accountKeyOf, loadAccount } from '../background/account-store';
import type { BackgroundEnv } from '../background/environment';
import { listMeetings } from '../background/meetings';
import type { ReminderService } from './service';

/**
 * Lists the host's meetings as the popup's Recent tab does (LstsummaryMeeting) and lets
 * reminders follow the answer. Signed out: reminders clear. WebEx unreachable or the ticket
 * expired: reminders keep planning from the last list.
 */
export async function refreshReminders(
  env: BackgroundEnv,
  reminders: ReminderService,
): Promise<void> {
  const found = await loadAccount(env.items);
  if (!found) return reminders.sync();
  const owner = accountKeyOf(found.account.session);
  const answer = await listMeetings(env);
  if (answer.ok) return reminders.replaceMeetings(owner, answer.value);
  return reminders.sync();
}
