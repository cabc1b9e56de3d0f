import { describe, expect, it } from 'vitest';
import {
  alarmNames,
  badgeText,
  clearNotification,
  moveOnSite,
  openProbe,
  recordNotifications,
  recordedNotifications,
  reminderId,
  scheduleInFifteen,
  setLeadTime,
  shownNotificationIds,
  shownRecord,
  stopServiceWorker,
} from './reminders/support';
import { openPopup, signedInPopup, usePopup } from './popup/support';

// Reminders in the production build: real alarms, the real badge, notifications read through the
// browser's API (headless Chromium draws no system notification). Meetings are moved on the
// sandbox so that their reminder is seconds away; nothing waits on a fixed delay.
usePopup();

const REMINDER_WAIT = { timeout: 60_000, interval: 500 };
const MINUTE = 60_000;

describe('reminders', () => {
  it('a deleted meeting raises none; the other one raises one with title, start and a Start button; the badge appears and clears', async () => {
    await setLeadTime('1 min before', 'options-reminders');
    const probe = await openProbe();
    const page = await signedInPopup();
    const doomed = await scheduleInFifteen(page, 'Deleted soon');
    await expect.poll(() => badgeText(probe)).toBe('15m');
    await page.getByRole('button', { name: 'Schedule another meeting' }).click();
    const kept = await scheduleInFifteen(page, 'Kept soon');
    // Moved on the site: the deleted meeting's reminder would come first (~20 s), the kept one's ~10 s later.
    const doomedAt = moveOnSite(doomed, Date.now() + MINUTE + 20_000);
    const keptAt = moveOnSite(kept, Date.now() + MINUTE + 30_000);
    await page.getByRole('tab', { name: 'Recent' }).click();
    const doomedRow = page.locator('.meeting-row', { hasText: 'Deleted soon' });
    await doomedRow.waitFor();
    expect(await alarmNames(probe)).toEqual(
      expect.arrayContaining([reminderId(doomed, doomedAt), reminderId(kept, keptAt)]),
    );
    expect(await badgeText(probe)).toBe('2m');

    await doomedRow.getByRole('button', { name: 'More' }).click();
    await doomedRow.getByRole('button', { name: 'Delete', exact: true }).click();
    await doomedRow.getByRole('button', { name: 'Delete meeting' }).click();
    await page.getByText('Deleted “Deleted soon”.').waitFor({ state: 'attached' });
    expect(await alarmNames(probe)).not.toContain(reminderId(doomed, doomedAt));

    await recordNotifications();
    // The kept meeting's reminder comes after the deleted one's time: that one never came.
    const keptId = reminderId(kept, keptAt);
    await expect.poll(() => shownNotificationIds(probe), REMINDER_WAIT).toEqual([keptId]);
    expect(Date.now()).toBeGreaterThan(doomedAt - MINUTE);
    expect(await recordedNotifications()).toEqual([
      {
        id: keptId,
        type: 'basic',
        iconUrl: expect.stringMatching(/^chrome-extension:\/\/\w+\/icon\/128\.png$/),
        title: 'Starting soon: Kept soon',
        message: expect.stringMatching(/^Start: Today, \d{1,2}:\d{2}/),
        buttons: [{ title: 'Start meeting' }],
      },
    ]);
    expect(await shownRecord(probe)).toEqual([`${kept}@${keptAt}`]);
    expect(await badgeText(probe)).toMatch(/^[12]m$/);

    const keptRow = page.locator('.meeting-row', { hasText: 'Kept soon' });
    await keptRow.getByRole('button', { name: 'More' }).click();
    await keptRow.getByRole('button', { name: 'Delete', exact: true }).click();
    await keptRow.getByRole('button', { name: 'Delete meeting' }).click();
    await page.getByText('Deleted “Kept soon”.').waitFor({ state: 'attached' });
    await expect.poll(() => badgeText(probe)).toBe('');
    expect(await shownNotificationIds(probe)).toEqual([]);
    expect((await alarmNames(probe)).filter((n) => n.startsWith('reminders.meeting:'))).toEqual([]);
    await page.close();
    await probe.close();
  }, 150_000);

  // Last in the file: Playwright cannot reach the worker the browser starts after the stop.
  it('a meeting in about a minute and a half with a one-minute lead raises exactly one notification, across worker stops', async () => {
    await setLeadTime('1 min before');
    const probe = await openProbe();
    let page = await signedInPopup();
    const key = await scheduleInFifteen(page, 'Reminder soon');
    const startsAt = moveOnSite(key, Date.now() + MINUTE + 25_000);
    await page.getByRole('tab', { name: 'Recent' }).click();
    await page.locator('.meeting-row', { hasText: 'Reminder soon' }).waitFor();
    const id = reminderId(key, startsAt);
    expect(await alarmNames(probe)).toContain(id);
    expect(await badgeText(probe)).toBe('2m');

    // The worker is stopped before the alarm: a fresh one, with no memory, shows the reminder.
    await page.close();
    await stopServiceWorker(probe);
    await expect.poll(() => shownNotificationIds(probe), REMINDER_WAIT).toEqual([id]);
    expect(Date.now()).toBeGreaterThanOrEqual(startsAt - MINUTE - 2_000);
    const ofThisMeeting = async () =>
      (await shownRecord(probe)).filter((entry) => entry.startsWith(`${key}@`));
    expect(await ofThisMeeting()).toEqual([`${key}@${startsAt}`]);
    expect(await alarmNames(probe)).not.toContain(id);
    expect(await badgeText(probe)).toBe('1m');

    // Dismissed, another stop, then a fresh list through a new worker: it never comes back.
    await clearNotification(probe, id);
    await stopServiceWorker(probe);
    page = await openPopup();
    await page.getByRole('tab', { name: 'Recent' }).click();
    await page.locator('.meeting-row', { hasText: 'Reminder soon' }).waitFor();
    expect(await shownNotificationIds(probe)).toEqual([]);
    expect(await ofThisMeeting()).toEqual([`${key}@${startsAt}`]);
    await page.close();
    await probe.close();
  }, 150_000);
});
