import { accountKeyOf, loadAccount } from '../background/account-store';
import type { BackgroundEnv } from '../background/environment';
import type { MessageHandlers } from '../background/message-handlers';
import type { ReminderService } from './service';

/** A reminder update that fails leaves the message's own answer as it was. */
function quietly(work: Promise<void>): Promise<void> {
  return work.catch(() => undefined);
}

/**
 * The message handlers, with reminders kept in step after each change to the host's meetings
 * or account: a listed, scheduled or deleted meeting, a sign-in, a renewed ticket, a sign-out
 * (which clears every reminder and the badge). No extra WebEx request is made here.
 */
export function withReminderUpdates(
  handlers: MessageHandlers,
  reminders: ReminderService,
  env: BackgroundEnv,
): MessageHandlers {
  const syncAfter: Pick<MessageHandlers, 'signIn' | 'renewTicket' | 'signOut'> = {
    signIn: async (data, sender) => {
      const reply = await handlers.signIn(data, sender);
      await quietly(reminders.sync());
      return reply;
    },
    renewTicket: async (data, sender) => {
      const reply = await handlers.renewTicket(data, sender);
      await quietly(reminders.sync());
      return reply;
    },
    signOut: async (data, sender) => {
      const reply = await handlers.signOut(data, sender);
      await quietly(reminders.sync());
      return reply;
    },
  };
  return {
    ...handlers,
    ...syncAfter,
    listMeetings: async (data, sender) => {
      const found = await loadAccount(env.items);
      const reply = await handlers.listMeetings(data, sender);
      if (reply.ok && found) {
        await quietly(reminders.replaceMeetings(accountKeyOf(found.account.session), reply.value));
      }
      return reply;
    },
    scheduleMeeting: async (data, sender) => {
      const reply = await handlers.scheduleMeeting(data, sender);
      const meeting = reply.ok ? reply.value.meeting : undefined;
      if (reply.ok && meeting) {
        const { meetingKey, topic, startsAt } = meeting;
        await quietly(
          reminders.addMeeting(reply.value.owner, { meetingKey, topic, startsAt, started: false }),
        );
      }
      return reply;
    },
    deleteMeeting: async (data, sender) => {
      const reply = await handlers.deleteMeeting(data, sender);
      if (reply.ok) await quietly(reminders.dropMeeting(data.meetingKey));
      return reply;
    },
  };
}
