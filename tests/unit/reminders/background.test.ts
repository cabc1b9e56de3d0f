import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { accountKeyOf, loadAccount } from '../../../lib/background/account-store';
import { createMessageHandlers, type ExplainerHandlers } from '../../../lib/background/handlers';
import { withReminderUpdates } from '../../../lib/reminders/handler-hooks';
import { REFRESH_ALARM, reminderId } from '../../../lib/reminders/plan';
import { refreshReminders } from '../../../lib/reminders/refresh';
import { createReminderService } from '../../../lib/reminders/service';
import { startFromReminder } from '../../../lib/reminders/start-from-notification';
import { TICKET_LIFETIME_MS } from '../background/fake-backend';
import { meetingRequest, signInAlice, START, testEnv } from '../background/test-env';
import { fakeReminderEnv } from './fake-reminder-env';

const MIN = 60_000;
const POPUP = 'chrome-extension://test/popup.html';
const sender = {} as never;

/** The URLs of the tabs opened (fakeBrowser starts with one empty tab). */
async function openedUrls(): Promise<string[]> {
  return (await fakeBrowser.tabs.query({})).flatMap((tab) => (tab.url ? [tab.url] : []));
}

let t: ReturnType<typeof testEnv>;
let fake: ReturnType<typeof fakeReminderEnv>;
beforeEach(async () => {
  t = testEnv();
  fake = fakeReminderEnv();
  fake.env.now = t.env.now;
  fake.env.account = async () => {
    const found = await loadAccount(t.env.items);
    return found ? accountKeyOf(found.account.session) : null;
  };
  await signInAlice(t.env);
});

function hooked() {
  const reminders = createReminderService(fake.env);
  const handlers = createMessageHandlers(t.env, {} as ExplainerHandlers);
  return { reminders, handlers: withReminderUpdates(handlers, reminders, t.env) };
}

function reminderAlarms() {
  return [...fake.alarms.keys()].filter(
    (name) => name !== REFRESH_ALARM && !name.endsWith('badge'),
  );
}

describe('reminders kept in step with the messages', () => {
  it('schedule adds a reminder, delete drops it, sign-out clears everything', async () => {
    const { handlers } = hooked();
    const reply = await handlers.scheduleMeeting(
      { requestId: 'r1', request: meetingRequest({ startsAt: START + 10 * MIN }) },
      sender,
    );
    if (!reply.ok) throw new Error(reply.error.message);
    const key = reply.value.meeting!.meetingKey;
    expect(reminderAlarms()).toEqual([reminderId({ meetingKey: key, startsAt: START + 10 * MIN })]);
    expect(fake.badge.text).toBe('10m');

    await handlers.deleteMeeting({ meetingKey: key }, sender);
    expect(reminderAlarms()).toEqual([]);
    expect(fake.badge.text).toBe('');

    await handlers.scheduleMeeting(
      { requestId: 'r2', request: meetingRequest({ startsAt: START + 10 * MIN }) },
      sender,
    );
    await handlers.signOut({ forgetMeetings: false }, sender);
    expect([fake.alarms.size, fake.badge.text]).toEqual([0, '']);
  });

  it('the list replaces what reminders knew: a meeting moved or deleted on the site follows', async () => {
    const { handlers } = hooked();
    const reply = await handlers.scheduleMeeting(
      { requestId: 'r1', request: meetingRequest({ startsAt: START + 60 * MIN }) },
      sender,
    );
    if (!reply.ok) throw new Error(reply.error.message);
    const key = reply.value.meeting!.meetingKey;
    t.backend.meetings[0]!.startsAt = START + 30 * MIN;
    await handlers.listMeetings(undefined, sender);
    expect(reminderAlarms()).toEqual([reminderId({ meetingKey: key, startsAt: START + 30 * MIN })]);
    t.backend.meetings.length = 0;
    await handlers.listMeetings(undefined, sender);
    expect(reminderAlarms()).toEqual([]);
  });
});

describe('refreshReminders (the 15-minute alarm)', () => {
  it("lists the host's meetings and plans from them; an expired ticket keeps the last list", async () => {
    const reminders = createReminderService(fake.env);
    await t.env.backend.schedule(
      (await loadAccount(t.env.items))!.account.session,
      meetingRequest({ startsAt: START + 60 * MIN }),
    );
    await refreshReminders(t.env, reminders);
    expect(reminderAlarms()).toHaveLength(1);
    expect(t.backend.callsOf('list')).toHaveLength(1);

    t.clock.now += TICKET_LIFETIME_MS + 1;
    await refreshReminders(t.env, reminders);
    expect(t.backend.callsOf('list')).toHaveLength(1);
    expect(reminderAlarms()).toHaveLength(0); // the meeting has started by now
  });
});

describe('startFromReminder', () => {
  it('starts through the one-time ticket link, never with a password, and clears the notification', async () => {
    const id = reminderId({ meetingKey: '123', startsAt: START + MIN });
    fake.showing.add(id);
    await startFromReminder(t.env, fake.env.notifications, id, POPUP);
    const urls = await openedUrls();
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/\/acme\/p\.php\?AT=LI&.*TK=/);
    expect(urls[0]).not.toMatch(/[?&]PW=/i);
    expect(t.backend.callsOf('hostUrl')[0]?.[1]).toBe('123');
    expect(fake.showing.size).toBe(0);
  });

  it('opens the popup when the start cannot run (ticket expired), and ignores other notifications', async () => {
    await startFromReminder(t.env, fake.env.notifications, 'meeting-ready:r1', POPUP);
    expect(await openedUrls()).toEqual([]);
    t.clock.now += TICKET_LIFETIME_MS + 1;
    await startFromReminder(
      t.env,
      fake.env.notifications,
      reminderId({ meetingKey: '1', startsAt: 1 }),
      POPUP,
    );
    expect(await openedUrls()).toEqual([POPUP]);
  });
});
