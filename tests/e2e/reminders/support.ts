import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { formatWebExDate } from '../../sandbox/dates.ts';
import { findTimeZone, instantToWallClock } from '../../sandbox/time-zones.ts';
import { saveScreenshot } from '../harness';
import { ctx, fillSchedule } from '../popup/support';

/**
 * Reminders' end-to-end helpers: the real alarms of the production build, watched through its
 * service worker (which Playwright cannot fast-forward: meetings are moved on the sandbox so that
 * their reminder is seconds away).
 */

interface ChromeApis {
  chrome: {
    alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
    action: { getBadgeText(details: object): Promise<string> };
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
    notifications: {
      getAll(): Promise<Record<string, boolean>>;
      clear(id: string): Promise<boolean>;
      create(...args: unknown[]): unknown;
    };
  };
  /** What the wrapped notifications.create was given, in this worker's lifetime. */
  createdNotifications?: { id: string; title: string; message: string; buttons?: unknown }[];
}

/**
 * An extension page to ask the browser's APIs through: it has the worker's chrome.* APIs and,
 * unlike Playwright's Worker, keeps working after the worker was stopped and started again.
 */
export async function openProbe(): Promise<Page> {
  const page = await ctx.extension.context.newPage();
  await page.goto(ctx.extension.extensionUrl('options.html'));
  return page;
}

/** Sets the lead time in Options as a host does, and waits for it to be saved. */
export async function setLeadTime(label: string, screenshotName?: string): Promise<void> {
  const options = await ctx.extension.openOptions();
  const select = options.getByLabel('Remind me before meetings I host');
  await select.selectOption({ label });
  await options.getByText('Reminder time saved.').waitFor();
  if (screenshotName) {
    const section = options.locator('section', { has: select });
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      await section.scrollIntoViewIfNeeded();
      await saveScreenshot(options, `${screenshotName}-${colorScheme}`);
    }
  }
  await options.close();
}

/** Schedules a meeting in 15 minutes from the popup and returns its key. */
export async function scheduleInFifteen(page: Page, topic: string): Promise<string> {
  const before = new Set(ctx.sandbox.state('acme').meetings.map((m) => m.meetingKey));
  await fillSchedule(page, { topic });
  await page.getByRole('radio', { name: 'In 15 min' }).check();
  await page.getByRole('button', { name: 'Schedule meeting' }).click();
  await page.locator('.scheduled-card').waitFor();
  const made = ctx.sandbox.state('acme').meetings.find((m) => !before.has(m.meetingKey));
  if (!made) throw new Error(`no meeting "${topic}" on the sandbox`);
  return made.meetingKey;
}

/** Moves a meeting on the site (as the host could on WebEx) to start at `startsAt`, to the second. */
export function moveOnSite(meetingKey: string, startsAt: number): number {
  const meeting = ctx.sandbox.state('acme').meetings.find((m) => m.meetingKey === meetingKey);
  const zone = meeting && findTimeZone(meeting.timeZoneID);
  if (!meeting || !zone) throw new Error(`no meeting ${meetingKey}`);
  const exact = Math.floor(startsAt / 1000) * 1000;
  meeting.startsAt = exact;
  meeting.startDate = formatWebExDate(instantToWallClock(exact, zone.iana));
  return exact;
}

/** The reminder's notification id (and alarm name) for a meeting at a start. */
export function reminderId(meetingKey: string, startsAt: number): string {
  return `reminders.meeting:${meetingKey}@${startsAt}`;
}

export function alarmNames(probe: Page): Promise<string[]> {
  return probe.evaluate(async () =>
    (await (globalThis as unknown as ChromeApis).chrome.alarms.getAll()).map((a) => a.name),
  );
}

export function badgeText(probe: Page): Promise<string> {
  return probe.evaluate(() => (globalThis as unknown as ChromeApis).chrome.action.getBadgeText({}));
}

export function shownNotificationIds(probe: Page): Promise<string[]> {
  return probe.evaluate(async () =>
    Object.keys(await (globalThis as unknown as ChromeApis).chrome.notifications.getAll()),
  );
}

/** Dismisses a notification as the host would. */
export async function clearNotification(probe: Page, id: string): Promise<void> {
  await probe.evaluate(
    (shown) => (globalThis as unknown as ChromeApis).chrome.notifications.clear(shown),
    id,
  );
}

/** The reminders the extension recorded as shown (`meetingKey@startsAt`). */
export function shownRecord(probe: Page): Promise<string[]> {
  return probe.evaluate(async () => {
    const key = 'reminders.shown';
    const { storage } = (globalThis as unknown as ChromeApis).chrome;
    return ((await storage.local.get(key))[key] as string[] | undefined) ?? [];
  });
}

/**
 * Wraps chrome.notifications.create in the running worker to record each call's id and options
 * (headless Chromium draws no system notification, and getAll gives ids only).
 */
export async function recordNotifications(): Promise<void> {
  await ctx.extension.serviceWorker.evaluate(() => {
    const scope = globalThis as unknown as ChromeApis;
    const { notifications } = scope.chrome;
    const original = notifications.create.bind(notifications);
    scope.createdNotifications = [];
    notifications.create = (...args: unknown[]) => {
      const [id, options] = args as [string, { title: string; message: string; buttons?: unknown }];
      scope.createdNotifications!.push({ id, ...options });
      return original(...args);
    };
  });
}

export async function recordedNotifications() {
  return ctx.extension.serviceWorker.evaluate(
    () => (globalThis as unknown as ChromeApis).createdNotifications ?? [],
  );
}

/**
 * Stops the extension's service worker as the browser does when it idles (CDP's
 * ServiceWorker.stopAllWorkers), and waits until CDP reports it stopped: its memory goes with
 * it. Playwright keeps the stopped Worker and never attaches to the next one: after this, ask
 * the browser through an extension page (openProbe), not through ctx.extension.serviceWorker.
 */
export async function stopServiceWorker(probe: Page): Promise<void> {
  const cdp = await ctx.extension.context.newCDPSession(probe);
  let status = '';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const ours = versions.find((v) => v.scriptURL.includes(ctx.extension.extensionId));
    if (ours) status = ours.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => status, { timeout: 10_000 }).toBe('stopped');
  await cdp.detach();
}
