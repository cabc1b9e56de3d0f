import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { explainResult } from '../../lib/webex/rs-catalogue';
import { SANDBOX_ACCOUNTS } from '../sandbox/accounts.ts';
import { clickPanelButton, panelButtons, panelRootMode, panelText } from './closed-panel';
import { saveScreenshot } from './harness';
import { useFirefox } from './lifecycle';
import { clickButton, field, fill, textOf, valueOf, waitForText } from './page';

// The production Firefox build in real Firefox ESR: a host's day in order (sign in, schedule
// with the 040007 fix, start from Recent, a result explained on the page, Decode, Options).
process.env.TZ = 'Europe/Berlin';
const ctx = useFirefox();
const ALICE = SANDBOX_ACCOUNTS.alice;
const SITE = 'https://acme.webex.com';
const INTRANET = 'https://intranet.example.test';
const POPUP_READY = 'form[data-ready], .scheduled-card, input[name="password"]';

/** Whether the extension holds host permission for `origin`, asked from one of its pages. */
function hasPermission(page: Page, origin: string): Promise<boolean> {
  return page.evaluate(
    (pattern) =>
      (
        globalThis as unknown as {
          browser: { permissions: { contains(p: object): Promise<boolean> } };
        }
      ).browser.permissions.contains({ origins: [pattern] }),
    origin,
  );
}

/** Closes every tab but the first (site pages, start tabs, extension pages left open). */
async function closeSiteTabs() {
  const [, ...others] = await ctx.firefox.browser.pages();
  for (const tab of others) await tab.close();
}

const openPopup = () => ctx.firefox.openExtensionPage('popup.html', POPUP_READY);

// Puppeteer emulates media features over CDP only: light here, dark from the Options theme below.
const screenshots = (page: Page, name: string) => saveScreenshot(page, name);

describe('Firefox', () => {
  it('signs in from the popup and schedules; 040007 gets the one-click attendee invite', async () => {
    const page = await openPopup();
    await screenshots(page, 'popup-signed-out');
    // The WebEx ID form sits behind "Older site: WebEx ID and password".
    await page.click('details.older-sign-in > summary');
    await fill(page, 'WebEx site', 'acme');
    await fill(page, 'WebEx ID or email', ALICE.webExId);
    await fill(page, 'Password', ALICE.password);
    await clickButton(page, 'Sign in', 'details.older-sign-in form');
    await page.waitForSelector('form[data-ready]', { timeout: 15_000 });
    expect(await valueOf(page, 'Topic')).toBe("Alice's meeting");
    await screenshots(page, 'popup-schedule');

    await fill(page, 'Topic', 'Firefox review');
    await fill(page, 'Invite (email addresses)', 'carol@example.com');
    await fill(page, 'Alternate host (email)', 'dave@example.com');
    await clickButton(page, 'Schedule meeting');
    const notice = await textOf(page, '[data-error-code="040007"]');
    expect(notice).toContain('dave@example.com has no host account on acme');
    await screenshots(page, 'popup-error-040007');

    await clickButton(page, 'Invite them as attendees instead');
    await page.waitForSelector('.scheduled-card', { timeout: 15_000 });
    const creates = ctx.sandbox.requests.filter((r) => r.operation === 'CreateMeeting');
    expect(creates).toHaveLength(2);
    expect(creates[0]?.body).toMatch(/<att:role>HOST<\/att:role>/);
    expect(creates[1]?.body).not.toMatch(/<att:role>HOST<\/att:role>/);
    const [meeting] = ctx.sandbox.state('acme').meetings;
    expect(meeting?.confName).toBe('Firefox review');
    expect(meeting?.attendees.map(({ email, role }) => [email, role])).toEqual([
      ['carol@example.com', 'ATTENDEE'],
      ['dave@example.com', 'ATTENDEE'],
    ]);
    const number = await textOf(page, '[data-testid="meeting-number"]');
    expect(number.replace(/ /g, '')).toBe(meeting?.meetingKey);
    await screenshots(page, 'popup-success');
    await page.close();
  });

  it('starts the meeting from Recent with a one-time ticket link, no password in any URL', async () => {
    const page = await openPopup();
    await clickButton(page, 'Recent');
    const meetingKey = ctx.sandbox.state('acme').meetings[0]!.meetingKey;
    const row = `.meeting-row[data-meeting-key="${meetingKey}"]`;
    await waitForText(page, row, 'Firefox review');
    await screenshots(page, 'popup-recent');

    const before = ctx.firefox.navigations.length;
    const opened = new Promise<string>((resolve) =>
      ctx.firefox.browser.once('targetcreated', () => resolve('tab')),
    );
    await clickButton(page, 'Start', row);
    expect(await opened).toBe('tab');
    await expect
      .poll(() => ctx.firefox.navigations.slice(before).some((url) => /[?&]AT=HM\b/.test(url)), {
        timeout: 15_000,
      })
      .toBe(true);
    const urls = ctx.firefox.navigations.slice(before);
    expect(urls[0]?.startsWith(`${SITE}/acme/p.php?AT=LI&`)).toBe(true);
    expect(urls[0]).toMatch(/&TK=[^&]+/);
    expect(urls.filter((url) => /[?&]PW=|%26PW%3D/i.test(url))).toEqual([]);
    await closeSiteTabs();
    await page.close();
  });

  it('announces a meeting WebEx made after the popup closed, in a Firefox notification', async () => {
    // Headless Firefox shows no notifications: each is closed as soon as it is made, so the
    // test hears of it through notifications.onClosed, which every extension page receives.
    const options = await ctx.firefox.openExtensionPage('options.html', 'main');
    await options.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { seenNotifications: seen });
      (
        globalThis as unknown as {
          browser: { notifications: { onClosed: { addListener(f: (id: string) => void): void } } };
        }
      ).browser.notifications.onClosed.addListener((id) => seen.push(id));
    });
    let page = await openPopup();
    ctx.sandbox.faults.inject({ kind: 'latency', ms: 1500, operation: 'CreateMeeting' });
    await fill(page, 'Topic', 'Closed in Firefox');
    await clickButton(page, 'Schedule meeting');
    await waitForText(page, 'button', 'Scheduling…');
    await page.close();
    await expect
      .poll(
        () =>
          options.evaluate(
            () => (window as unknown as { seenNotifications: string[] }).seenNotifications,
          ),
        { timeout: 15_000 },
      )
      .toEqual([expect.stringMatching(/^meeting-ready:/)]);
    expect(ctx.sandbox.state('acme').meetings.map((m) => m.confName)).toContain(
      'Closed in Firefox',
    );
    page = await openPopup();
    expect(await textOf(page, '.card-topic')).toBe('Closed in Firefox');
    await Promise.all([page.close(), options.close()]);
  });

  it('explains a back-URL result on the page in a closed panel, and dismisses it', async () => {
    const page = await ctx.firefox.browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(`${SITE}/acme/backurl-test.html?AT=JM&ST=FAIL&RS=MeetingNotInProgress`);
    const expected = explainResult({ at: 'JM', st: 'FAIL', rs: 'MeetingNotInProgress' });
    await expect
      .poll(() => panelText(page, '.headline'), { timeout: 15_000 })
      .toBe(expected.headline);
    expect(await panelRootMode(page)).toBe('closed');
    expect(
      await page.evaluate(() => document.querySelector('webex-result-panel')?.shadowRoot),
    ).toBe(null);
    expect((await panelButtons(page)).at(-1)).toBe('Dismiss');
    await screenshots(page, 'panel-meeting-not-in-progress');
    await clickPanelButton(page, 'Dismiss');
    await expect.poll(() => panelText(page, '.headline')).toBeNull();
    await page.close();
  });

  it("offers Start on the host's own meeting's result page and starts it in a tab from the background", async () => {
    const meetingKey = ctx.sandbox.state('acme').meetings[0]!.meetingKey;
    const page = await ctx.firefox.browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(`${SITE}/acme/backurl-test.html?AT=SM&ST=SUCCESS&MK=${meetingKey}`);
    await expect
      .poll(() => panelText(page, '.meeting-offer'), { timeout: 15_000 })
      .toMatch(/^Start “Firefox review” \(.+\)\?$/);
    expect(await panelButtons(page)).toEqual(['Start the meeting', 'Copy details', 'Dismiss']);
    await screenshots(page, 'panel-start-own-meeting');
    const before = ctx.firefox.navigations.length;
    await clickPanelButton(page, 'Start the meeting');
    await expect
      .poll(() => panelText(page, '.status'), { timeout: 15_000 })
      .toBe('Starting “Firefox review” in a new tab.');
    await expect
      .poll(() => ctx.firefox.navigations.slice(before), { timeout: 15_000 })
      .toContainEqual(
        expect.stringMatching(/\/mywebex\/default\.do\?siteurl=acme&AT=HM&ST=SUCCESS/),
      );
    expect(ctx.firefox.navigations.slice(before).filter((url) => /[?&]PW=/i.test(url))).toEqual([]);
    await closeSiteTabs();
  });

  // After this one the real popup may stay open (puppeteer cannot see or close it): tests that
  // need the popup closed come before.
  it('opens the extension from a result page: its popup, or the options page where Firefox refuses', async () => {
    const page = await ctx.firefox.browser.newPage();
    await page.goto(
      `${SITE}/acme/backurl-test.html?AT=SM&ST=FAIL&RS=TheDurationIsExceedTheMaxDuration`,
    );
    await expect
      .poll(() => panelButtons(page), { timeout: 15_000 })
      .toContain('Open WebEx Host Helper');
    await clickPanelButton(page, 'Open WebEx Host Helper');
    await expect.poll(() => panelText(page, '.status'), { timeout: 15_000 }).toMatch(/^Opened /);
    const status = (await panelText(page, '.status')) ?? '';
    if (status.includes('options')) {
      await expect
        .poll(async () => (await ctx.firefox.browser.pages()).length, { timeout: 15_000 })
        .toBeGreaterThan(2);
    } else {
      expect(status).toBe('Opened the WebEx Host Helper popup.');
    }
    await screenshots(page, 'panel-open-extension');
    await closeSiteTabs();
  });

  it('decodes a pasted back URL in the popup', async () => {
    const page = await openPopup();
    await clickButton(page, 'Decode');
    await fill(page, 'Back URL or XML API response', `${SITE}/?AT=LI&ST=FAIL&RS=AlreadyLogon`);
    await clickButton(page, 'Explain');
    const expected = explainResult({ at: 'LI', st: 'FAIL', rs: 'AlreadyLogon' });
    await waitForText(page, '.decode-card .headline', expected.headline);
    await screenshots(page, 'popup-decode');
    await page.close();
  });

  it('shows Options signed in; a result origin added from a click is explained there, then removed', async () => {
    const page = await ctx.firefox.openExtensionPage('options.html', 'main');
    await waitForText(page, 'body', 'Signed in as Alice Archer (alice) on acme.webex.com');
    await waitForText(page, 'body', 'Alt+Shift+W');
    await screenshots(page, 'options');
    await fill(page, 'Page address', `${INTRANET}/landing.html`);
    await clickButton(page, 'Add');
    await waitForText(
      page,
      'body',
      `Results on ${INTRANET} will be explained from the next page load.`,
    );
    expect(await hasPermission(page, `${INTRANET}/*`)).toBe(true);

    const result = await ctx.firefox.browser.newPage();
    await result.goto(`${INTRANET}/landing.html?AT=JM&ST=FAIL&RS=MeetingNotInProgress`);
    await expect
      .poll(() => panelText(result, '.headline'), { timeout: 15_000 })
      .toBe(explainResult({ at: 'JM', st: 'FAIL', rs: 'MeetingNotInProgress' }).headline);
    await screenshots(result, 'panel-intranet');
    await result.close();

    await clickButton(page, `Remove ${INTRANET}`);
    await waitForText(page, 'body', `Results on ${INTRANET} are no longer explained`);
    expect(await hasPermission(page, `${INTRANET}/*`)).toBe(false);
    await page.close();
  });

  it('follows the dark theme chosen in Options', async () => {
    const options = await ctx.firefox.openExtensionPage('options.html', 'main');
    await (await field(options, 'Dark')).click();
    await options.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await screenshots(options, 'options-dark');
    const popup = await openPopup();
    await popup.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await screenshots(popup, 'popup-dark');
    // The toolbar button opens the signed-in page whose HTML holds the form's first field, in
    // the language and theme (lib/popup-page.ts); the app takes over from it in Firefox too.
    type Action = { action: { getPopup(details: object): Promise<string> } };
    const toolbarPage = () =>
      options.evaluate(() =>
        (globalThis as unknown as { browser: Action }).browser.action.getPopup({}),
      );
    await expect.poll(toolbarPage).toMatch(/\/popup-schedule\.en\.dark\.html$/);
    const shellPage = new URL(await toolbarPage()).pathname.slice(1);
    const shell = await ctx.firefox.openExtensionPage(shellPage, 'form[data-ready]');
    expect(await shell.$('#popup-shell')).toBeNull();
    expect(await valueOf(shell, 'Topic')).toBe("Alice's meeting");
    expect(await shell.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await shell.close();
    await (await field(options, 'Same as the system')).click();
    await popup.close();
    await options.close();
  });
});
