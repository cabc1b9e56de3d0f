import { beforeEach, describe, expect, it } from 'vitest';
import { REFRESH_ALARM, reminderId } from '../../../lib/reminders/plan';
import { createReminderService } from '../../../lib/reminders/service';
import { DEFAULT_SETTINGS, settingsItem, type ReminderMeeting } from '../../../lib/storage';
import { ALICE, fakeReminderEnv, NOW, resetStorage } from './fake-reminder-env';

const MIN = 60_000;
const BOB = { siteOrigin: 'https://acme.webex.com', webExId: 'bob' };

function meeting(key: string, startsAt: number): ReminderMeeting {
  return { meetingKey: key, topic: `Topic ${key}`, startsAt, started: false };
}

function listed(m: ReminderMeeting, status: 'NOT_INPROGRESS' | 'INPROGRESS' = 'NOT_INPROGRESS') {
  const { started: _started, ...rest } = m;
  return { ...rest, durationMinutes: 30, status, scheduledHere: false };
}

beforeEach(() => resetStorage());

describe('createReminderService', () => {
  it('sets an alarm per upcoming meeting and, at its time, shows one notification with a Start button', async () => {
    const fake = fakeReminderEnv();
    const reminders = createReminderService(fake.env);
    const m = meeting('123456789', NOW + 60 * MIN);
    await reminders.replaceMeetings(ALICE, [listed(m)]);
    expect(fake.alarms.get(reminderId(m))?.scheduledTime).toBe(m.startsAt - 5 * MIN);
    expect(fake.alarms.get(REFRESH_ALARM)?.periodInMinutes).toBe(15);
    expect(fake.created).toEqual([]);

    fake.clock.now = m.startsAt - 5 * MIN;
    await reminders.sync();
    await reminders.sync();
    expect(fake.created).toEqual([
      {
        id: reminderId(m),
        options: {
          type: 'basic',
          iconUrl: fake.env.iconUrl,
          title: 'Starting soon: Topic 123456789',
          message: 'Start: Today, 12:00 PM',
          buttons: [{ title: 'Start meeting' }],
        },
      },
    ]);
    expect(fake.badge.text).toBe('5m');
    expect(fake.alarms.has(reminderId(m))).toBe(false);
  });

  it('never shows a reminder twice, also from a restarted worker planning from storage', async () => {
    const first = fakeReminderEnv();
    const m = meeting('1', NOW + 3 * MIN);
    await createReminderService(first.env).replaceMeetings(ALICE, [listed(m)]);
    expect(first.created.map((c) => c.id)).toEqual([reminderId(m)]);

    const restarted = fakeReminderEnv();
    restarted.clock.now = NOW + MIN;
    const again = createReminderService(restarted.env);
    await again.sync();
    await again.replaceMeetings(ALICE, [listed(m)]);
    expect(restarted.created).toEqual([]);
  });

  it('two syncs at once in one worker show the reminder once', async () => {
    const fake = fakeReminderEnv();
    const reminders = createReminderService(fake.env);
    const m = meeting('1', NOW + 3 * MIN);
    await Promise.all([
      reminders.replaceMeetings(ALICE, [listed(m)]),
      reminders.sync(),
      reminders.sync(),
    ]);
    expect(fake.created).toHaveLength(1);
  });

  it('a moved meeting moves its alarm; a deleted one drops its alarm, badge and notification', async () => {
    const fake = fakeReminderEnv();
    const reminders = createReminderService(fake.env);
    const m = meeting('1', NOW + 30 * MIN);
    await reminders.addMeeting(ALICE, m);
    const moved = { ...m, startsAt: NOW + 10 * MIN };
    await reminders.replaceMeetings(ALICE, [listed(moved)]);
    expect(fake.alarms.has(reminderId(m))).toBe(false);
    expect(fake.alarms.get(reminderId(moved))?.scheduledTime).toBe(NOW + 5 * MIN);
    expect(fake.badge.text).toBe('10m');

    fake.clock.now = NOW + 5 * MIN;
    await reminders.sync();
    expect(fake.showing).toEqual(new Set([reminderId(moved)]));
    await reminders.dropMeeting('1');
    expect([...fake.alarms.keys()]).toEqual([REFRESH_ALARM]);
    expect(fake.showing.size).toBe(0);
    expect(fake.badge.text).toBe('');
  });

  it('a meeting just scheduled for (almost) now gets no reminder: its host has just seen it', async () => {
    const fake = fakeReminderEnv();
    const reminders = createReminderService(fake.env);
    const m = meeting('1', NOW + 2 * MIN);
    await reminders.addMeeting(ALICE, m);
    await reminders.replaceMeetings(ALICE, [listed(m)]);
    expect(fake.created).toEqual([]);
    expect(fake.badge.text).toBe('2m');
  });

  it('nothing for a meeting WebEx lists as in progress', async () => {
    const fake = fakeReminderEnv();
    await createReminderService(fake.env).replaceMeetings(ALICE, [
      listed(meeting('1', NOW + 3 * MIN), 'INPROGRESS'),
    ]);
    expect([fake.created, [...fake.alarms.keys()], fake.badge.text]).toEqual([
      [],
      [REFRESH_ALARM],
      '',
    ]);
  });

  it('follows the lead time from the settings: moved alarms, and off clears everything', async () => {
    const fake = fakeReminderEnv();
    const reminders = createReminderService(fake.env);
    const m = meeting('1', NOW + 60 * MIN);
    await reminders.addMeeting(ALICE, m);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, reminderLeadMinutes: 15 });
    await reminders.sync();
    expect(fake.alarms.get(reminderId(m))?.scheduledTime).toBe(m.startsAt - 15 * MIN);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, reminderLeadMinutes: 0 });
    await reminders.sync();
    expect(fake.alarms.size).toBe(0);
  });

  it('signed out: every alarm, the badge and the meetings kept go', async () => {
    const fake = fakeReminderEnv();
    const reminders = createReminderService(fake.env);
    await reminders.addMeeting(ALICE, meeting('1', NOW + 10 * MIN));
    expect(fake.badge.text).toBe('10m');
    fake.signedIn.account = null;
    await reminders.sync();
    expect([fake.alarms.size, fake.badge.text]).toEqual([0, '']);
    // Signed in as someone else: alice's meetings are not theirs.
    fake.signedIn.account = BOB;
    await reminders.sync();
    expect([...fake.alarms.keys()]).toEqual([REFRESH_ALARM]);
  });

  it("ignores another account's list and never plans from it", async () => {
    const fake = fakeReminderEnv();
    const reminders = createReminderService(fake.env);
    await reminders.replaceMeetings(BOB, [listed(meeting('9', NOW + 10 * MIN))]);
    expect([...fake.alarms.keys()]).toEqual([REFRESH_ALARM]);
  });

  it('without notification buttons (Firefox) the text says a click starts the meeting', async () => {
    const fake = fakeReminderEnv({ buttons: false });
    await createReminderService(fake.env).replaceMeetings(ALICE, [
      listed(meeting('1', NOW + 2 * MIN)),
    ]);
    expect(fake.created[0]?.options).not.toHaveProperty('buttons');
    expect(fake.created[0]?.options.message).toBe(
      'Start: Today, 11:02 AM. Click to start the meeting.',
    );
  });
});
