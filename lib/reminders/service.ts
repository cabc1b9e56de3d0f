import { sameAccount } from '../background/account-store';
import type { MeetingListItem } from '../messaging';
import type { AccountKey, ReminderMeeting } from '../storage';
import { reminderLeadOf } from './lead';
import { applyPlan } from './apply';
import type { ReminderEnv } from './environment';
import { reminderMeetingsOf, withoutReminderMeeting, withReminderMeeting } from './meetings';
import { isReminderDue, planReminders, reminderId, reminderKey } from './plan';

/** Reminders kept in step with the host's meetings; each call ends with a sync. */
export interface ReminderService {
  /** Plans from the stored meetings, settings and clock, and applies the plan. */
  sync(): Promise<void>;
  /** The popup's list (listMeetings' answer) for `owner` replaces what reminders knew. */
  replaceMeetings(owner: AccountKey, list: readonly MeetingListItem[]): Promise<void>;
  /**
   * A meeting just scheduled for `owner`. If its reminder time has already come (a meeting
   * for now), the host who just scheduled it needs no reminder: it counts as shown.
   */
  addMeeting(owner: AccountKey, meeting: ReminderMeeting): Promise<void>;
  /** A meeting just deleted: its reminder, alarm and any notification of it go. */
  dropMeeting(meetingKey: string): Promise<void>;
}

/**
 * One sync at a time within a worker (a reminder could otherwise be shown by two overlapping
 * syncs); across workers the stored shown record keeps each reminder to one notification.
 */
export function createReminderService(env: ReminderEnv): ReminderService {
  let tail: Promise<unknown> = Promise.resolve();
  function serial(task: () => Promise<void>): Promise<void> {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  }

  /** The stored meetings if they are the signed-in host's, else none. */
  async function ownMeetings(account: AccountKey | null): Promise<ReminderMeeting[]> {
    const stored = await env.items.meetings.getValue();
    if (stored && account && sameAccount(stored.owner, account)) return stored.meetings;
    if (stored) await env.items.meetings.removeValue();
    return [];
  }

  async function sync(): Promise<void> {
    const account = await env.account();
    const plan = planReminders({
      meetings: await ownMeetings(account),
      leadMinutes: reminderLeadOf(await env.items.settings.getValue()),
      now: env.now(),
      shown: await env.items.shown.getValue(),
      signedIn: account !== null,
    });
    await applyPlan(env, plan);
  }

  async function update(
    owner: AccountKey,
    change: (meetings: ReminderMeeting[]) => ReminderMeeting[],
  ): Promise<void> {
    const account = await env.account();
    if (account && sameAccount(account, owner)) {
      await env.items.meetings.setValue({ owner, meetings: change(await ownMeetings(account)) });
    }
    await sync();
  }

  return {
    sync: () => serial(sync),
    replaceMeetings: (owner, list) => serial(() => update(owner, () => reminderMeetingsOf(list))),
    addMeeting: (owner, meeting) =>
      serial(async () => {
        const lead = reminderLeadOf(await env.items.settings.getValue());
        if (lead !== 0 && isReminderDue(meeting, lead, env.now())) {
          await env.items.shown.setValue([
            ...(await env.items.shown.getValue()),
            reminderKey(meeting),
          ]);
        }
        await update(owner, (meetings) => withReminderMeeting(meetings, meeting));
      }),
    dropMeeting: (meetingKey) =>
      serial(async () => {
        const account = await env.account();
        const dropped = (await ownMeetings(account)).filter((m) => m.meetingKey === meetingKey);
        for (const meeting of dropped) {
          await env.notifications.clear(reminderId(meeting)).catch(() => false);
        }
        if (account) await update(account, (m) => withoutReminderMeeting(m, meetingKey));
        else await sync();
      }),
  };
}
