import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { readAllStorage, sendProtocolMessage, signInThroughOptions } from './flows';
import { EXTENSION_DIR, saveScreenshot } from './harness';
import { ALICE, openSignedOutOptions, useAccount } from './account/support';

// With an account: starting a meeting through a ticket link, and the options page's settings.
const ctx = useAccount();

describe('starting a meeting', () => {
  const LANDING = 'https://acme.webex.com/mywebex/default.do?siteurl=acme';

  const TICKET_LINK = /^https:\/\/acme\.webex\.com\/acme\/p\.php\?AT=LI&(.*&)?TK=/;

  /** The address each tab was created with, recorded in the service worker from the first start. */
  async function createdTabUrls(): Promise<string[]> {
    return ctx.extension.serviceWorker.evaluate(() => {
      const worker = globalThis as unknown as {
        createdTabUrls?: string[];
        chrome: {
          tabs: {
            onCreated: {
              addListener(l: (tab: { pendingUrl?: string; url?: string }) => void): void;
            };
          };
        };
      };
      if (!worker.createdTabUrls) {
        const urls: string[] = [];
        worker.createdTabUrls = urls;
        worker.chrome.tabs.onCreated.addListener((tab) =>
          urls.push(tab.pendingUrl ?? tab.url ?? ''),
        );
      }
      return worker.createdTabUrls;
    });
  }

  /** Starts the meeting; the new tab and every page address it requested, from the first. */
  async function startAndWatch(page: Page, meetingKey: string) {
    const seen: string[] = [];
    // Listening on the context sees the new tab's first requests, which can come before its
    // 'page' event (and before their frame exists, so the frame is not asked for).
    const record = (request: Request) => {
      if (request.isNavigationRequest()) seen.push(request.url());
    };
    ctx.extension.context.on('request', record);
    const before = (await createdTabUrls()).length;
    const opened = ctx.extension.context.waitForEvent('page');
    const answer = await sendProtocolMessage(page, 'startMeeting', { meetingKey });
    // The reply never carries the ticket link; the opened tab shows it went to the site with one.
    expect(answer).toEqual({ ok: true, value: { opened: true } });
    const tab = await opened;
    // A new tab's first navigation can come before Playwright sees it: the browser's own
    // record of what the tab was created with shows the ticket link.
    await expect
      .poll(async () => (await createdTabUrls()).slice(before))
      .toContainEqual(expect.stringMatching(TICKET_LINK));
    return { tab, seen, stop: () => ctx.extension.context.off('request', record) };
  }

  it('opens the ticket link; when the browser is already signed in to WebEx (AlreadyLogon) it logs out and retries once', async () => {
    const page = await signInThroughOptions(ctx.extension, ALICE);
    const scheduled = await sendProtocolMessage(page, 'scheduleMeeting', {
      requestId: 'e2e-start',
      request: {
        topic: 'Start me twice',
        startsAt: Date.now() + 3_600_000,
        timeZone: 'Europe/Berlin',
        durationMinutes: 30,
        invitees: [],
      },
    });
    if (!scheduled.ok) throw new Error(scheduled.error.message);
    const meetingKey = scheduled.value.meeting!.meetingKey;

    const first = await startAndWatch(page, meetingKey);
    await first.tab.waitForURL(`${LANDING}&AT=HM&ST=SUCCESS`);
    expect(first.seen.some((url) => url.includes('RS=AlreadyLogon'))).toBe(false);
    first.stop();
    await first.tab.close();

    // The browser now has a WebEx session cookie: the next ticket sign-in meets AlreadyLogon.
    const { tab: second, seen, stop } = await startAndWatch(page, meetingKey);
    await second.waitForURL(/AT=HM&ST=SUCCESS$/);
    stop();
    expect(seen.some((url) => url.includes('RS=AlreadyLogon'))).toBe(true);
    expect(seen.some((url) => /\/acme\/p\.php\?AT=LO&/.test(url))).toBe(true);
    expect(ctx.sandbox.requests.filter((r) => r.operation === 'GethosturlMeeting')).toHaveLength(3);
    expect(seen.filter((url) => /[?&](PW|PID)=/i.test(url))).toEqual([]);
  });
});

describe('settings in the options page', () => {
  it('saves the meeting defaults and applies the theme at once', async () => {
    const page = await openSignedOutOptions();
    await page.getByLabel('Default duration').selectOption({ label: '45 min' });
    await page.getByLabel('Default invitees').fill('carol@example.com, not-an-address');
    await page.getByLabel('Default invitees').blur();
    await expect
      .poll(() => page.getByText('Not email addresses: not-an-address').isVisible())
      .toBe(true);
    await page.getByLabel('Default invitees').fill('carol@example.com\ndave@example.com');
    await page.getByLabel('Default invitees').blur();
    await page.getByLabel('Dark').check();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await saveScreenshot(page, 'options-settings-dark');
    await expectAccessible(page, 'options, dark theme');

    await expect
      .poll(async () => (await readAllStorage(ctx.extension)).local.settings)
      .toEqual({
        defaultDurationMinutes: 45,
        defaultInvitees: ['carol@example.com', 'dave@example.com'],
        keepSignedIn: false,
        theme: 'dark',
        reminderLeadMinutes: 5,
      });

    await page.reload();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    expect(await page.getByLabel('Default invitees').inputValue()).toBe(
      'carol@example.com, dave@example.com',
    );
    await page.getByLabel('Same as the system').check();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBeUndefined();
  });

  it('suggests Alt+Shift+W for the popup and shows the key the browser actually assigned', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.commands._execute_action.suggested_key).toEqual({ default: 'Alt+Shift+W' });
    const assigned = await ctx.extension.serviceWorker.evaluate(async () => {
      const { commands } = (
        globalThis as unknown as {
          chrome: { commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> } };
        }
      ).chrome;
      return (await commands.getAll()).find((c) => c.name === '_execute_action')?.shortcut ?? '';
    });
    const page = await openSignedOutOptions();
    const section = page.getByRole('region', { name: 'Keyboard shortcut' });
    // Headless Chromium leaves the suggested key unassigned; a desktop browser assigns it.
    if (assigned) await expect.poll(() => section.locator('kbd').innerText()).toBe(assigned);
    else
      await expect
        .poll(() => section.innerText())
        .toContain('No key is set to open WebEx Host Helper');
  });
});
