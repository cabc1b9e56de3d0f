import type { Page } from 'playwright-core';
import { SANDBOX_ACCOUNTS } from '../../sandbox/accounts.ts';
import { signInThroughPopup, type Credentials } from '../flows';
import { launchExtension, saveScreenshot } from '../harness';
import { useExtensionAndSandbox, type E2eContext } from '../lifecycle';

/**
 * The popup's end-to-end set-up, shared by tests/e2e/popup-*.e2e.ts: each file calls
 * `usePopup()` once and gets its own browser and sandbox.
 */

// The host's zone (Chromium reads TZ): alice's WebEx zone, so times read as she expects.
process.env.TZ = 'Europe/Berlin';

export const ALICE: Credentials = SANDBOX_ACCOUNTS.alice;
export const BOB: Credentials = SANDBOX_ACCOUNTS.bob;
export const TICKET_LIFETIME_MS = 5400 * 1000;
export const SITE = 'https://acme.webex.com';

/** The popup tests' browser and sandbox (see usePopup). */
export type PopupContext = E2eContext;

/** This file's context, once usePopup() has registered it. */
export let ctx: PopupContext;

/**
 * Registers the hooks of a popup test file: the production build and a sandbox with the real
 * clock; before each test a reset sandbox, no notifications, no open page, no signed-in host
 * and no meetings kept here.
 */
export function usePopup(): PopupContext {
  ctx = useExtensionAndSandbox({
    async launch(sandbox) {
      const extension = await launchExtension({ sandboxPort: sandbox.port });
      // Extension origins cannot be granted permissions: the clipboard is read back from the site.
      await extension.context.grantPermissions(['clipboard-read'], { origin: SITE });
      return extension;
    },
    async beforeEachTest({ extension }) {
      await clearNotifications();
      // A popup left open by an earlier test would receive answers meant for a closed one.
      for (const page of extension.context.pages()) await page.close();
      const page = await openPopup();
      const signOut = page.getByRole('button', { name: 'Sign out' });
      if (await signOut.isVisible()) {
        await signOut.click();
        await page.getByLabel('WebEx site').waitFor();
      }
      await page.close();
      // Sign out keeps an account's meetings for its next sign-in; each test starts without.
      await extension.serviceWorker.evaluate(async () => {
        const { storage } = (
          globalThis as unknown as {
            chrome: { storage: { local: { remove(keys: string[]): Promise<void> } } };
          }
        ).chrome;
        await storage.local.remove(['meetings.recent.sealed', 'meetings.recent']);
      });
    },
  });
  return ctx;
}

/** The popup, once it shows the schedule form, a scheduled meeting or the sign-in screen. */
export async function openPopup(): Promise<Page> {
  const page = await ctx.extension.openPopup();
  await page.locator('form[data-ready], .scheduled-card, details.older-sign-in').first().waitFor();
  return page;
}

export interface StoredJob {
  requestId: string;
  state: string;
  request: { topic: string };
  meeting?: { meetingKey: string };
}

/** The background's last schedule job, as it stored it. */
export async function lastJob(): Promise<StoredJob | undefined> {
  return ctx.extension.serviceWorker.evaluate(async () => {
    const { storage } = (
      globalThis as unknown as {
        chrome: {
          storage: { session: { get(key: string): Promise<Record<string, StoredJob>> } };
        };
      }
    ).chrome;
    const key = 'meetings.lastScheduleJob';
    return (await storage.session.get(key))[key];
  });
}

export async function lastJobState(): Promise<string | undefined> {
  return (await lastJob())?.state;
}

interface NotificationsApi {
  chrome: {
    notifications: {
      getAll(): Promise<Record<string, boolean>>;
      clear(id: string): Promise<boolean>;
    };
  };
}

/** The ids of the extension's notifications that are showing, as the browser reports them. */
export async function notificationIds(): Promise<string[]> {
  return ctx.extension.serviceWorker.evaluate(async () =>
    Object.keys(await (globalThis as unknown as NotificationsApi).chrome.notifications.getAll()),
  );
}

async function clearNotifications(): Promise<void> {
  await ctx.extension.serviceWorker.evaluate(async () => {
    const { notifications } = (globalThis as unknown as NotificationsApi).chrome;
    for (const id of Object.keys(await notifications.getAll())) await notifications.clear(id);
  });
}

export async function signIn(page: Page, host: Credentials) {
  await signInThroughPopup(page, host);
  await page.locator('form[data-ready]').waitFor();
}

export async function signedInPopup(host: Credentials = ALICE): Promise<Page> {
  const page = await openPopup();
  await signIn(page, host);
  return page;
}

/** A screenshot of the view in light and in dark, for a person to look at. */
export async function screenshots(page: Page, view: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await saveScreenshot(page, `popup-${view}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

export async function readClipboard(): Promise<string> {
  const page = await ctx.extension.context.newPage();
  await page.goto(`${SITE}/acme/backurl-test.html`);
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await page.close();
  return text;
}

interface TabWatch {
  tabUrls: string[];
  chrome: {
    tabs: Record<
      'onCreated' | 'onUpdated',
      { addListener(listener: (...args: never[]) => void): void }
    >;
  };
}

/**
 * Records every URL the background's new tabs load. A tab's first navigation happens before
 * Playwright attaches to it, so its own events would miss the ticket link.
 */
export async function watchTabUrls() {
  await ctx.extension.serviceWorker.evaluate(() => {
    const worker = globalThis as unknown as TabWatch;
    worker.tabUrls = [];
    worker.chrome.tabs.onCreated.addListener((tab: { pendingUrl?: string; url?: string }) => {
      worker.tabUrls.push(tab.pendingUrl ?? tab.url ?? '');
    });
    worker.chrome.tabs.onUpdated.addListener((_id: number, change: { url?: string }) => {
      if (change.url) worker.tabUrls.push(change.url);
    });
  });
}

export async function watchedTabUrls(): Promise<string[]> {
  return ctx.extension.serviceWorker.evaluate(() => (globalThis as unknown as TabWatch).tabUrls);
}

export function createMeetingRequests() {
  return ctx.sandbox.requests.filter((request) => request.operation === 'CreateMeeting');
}

export function xmlText(body: string, localName: string): string | undefined {
  const match = new RegExp(`<(?:\\w+:)?${localName}>([^<]*)</(?:\\w+:)?${localName}>`).exec(body);
  return match?.[1]
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export async function fillSchedule(
  page: Page,
  fields: { topic: string; invitees?: string; alternateHost?: string },
) {
  await page.getByLabel('Topic').fill(fields.topic);
  if (fields.invitees) await page.getByLabel('Invite (email addresses)').fill(fields.invitees);
  if (fields.alternateHost)
    await page.getByLabel('Alternate host (email)').fill(fields.alternateHost);
}
