import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { formatStartShort } from '../../lib/meetings/display-time';
import { SANDBOX_ACCOUNTS } from '../sandbox/accounts';
import { clickPanelButton, panelStatus, panelText, settledButtons } from './explainer/closed-panel';
import {
  ALICE,
  openResult,
  resultUrl,
  screenshots,
  send,
  TEST_PAGE,
  useExplainer,
} from './explainer/support';

// Issue 15, item 1: a crafted result link gets no one-click Start. The panel offers Start only
// for the signed-in host's own meeting on the signed-in site, says what WebEx itself knows about
// it (topic, start) first, and the start link never reaches the page.
const ctx = useExplainer();
const BOB = SANDBOX_ACCOUNTS.bob;
const STRICT_PAGE = 'https://strict.webex.com/strict/backurl-test.html';

let popup: Page | undefined;

afterEach(async () => {
  if (popup) {
    await send(popup, 'signOut', { forgetMeetings: false });
    await popup.close();
    popup = undefined;
  }
});

async function extensionPage(): Promise<Page> {
  popup ??= await ctx.extension.context.newPage();
  await popup.goto(ctx.extension.extensionUrl('popup.html'));
  return popup;
}

async function signIn(account: { webExId: string; password: string }) {
  const page = await extensionPage();
  const reply = (await send(page, 'signIn', {
    siteInput: 'acme',
    webExId: account.webExId,
    password: account.password,
    keepSignedIn: false,
  })) as { ok: boolean };
  expect(reply.ok).toBe(true);
}

/** Schedules a meeting as whoever is signed in; its key. */
async function schedule(topic: string, startsAt: number): Promise<string> {
  const page = await extensionPage();
  const reply = (await send(page, 'scheduleMeeting', {
    requestId: `start-${topic.replace(/\W/g, '-')}-${Date.now()}`,
    request: { topic, startsAt, timeZone: 'Europe/Berlin', durationMinutes: 30, invitees: [] },
  })) as { ok: boolean; value: { meeting: { meetingKey: string } } };
  expect(reply.ok).toBe(true);
  return reply.value.meeting.meetingKey;
}

/** The XML API operations the sandbox answered since the last reset. */
const operations = () => ctx.sandbox.requests.map((request) => request.operation);

describe('Start from a result page', () => {
  it("a crafted SM result for someone else's or no meeting gets no Start, and no start link is asked", async () => {
    await signIn(BOB);
    const bobs = await schedule('Bob only', Date.now() + 3_600_000);
    await send(popup!, 'signOut', { forgetMeetings: false });
    await signIn(ALICE);

    for (const meetingKey of [bobs, '999888777']) {
      const page = await openResult(resultUrl(TEST_PAGE, `AT=SM&ST=SUCCESS&MK=${meetingKey}`));
      expect(await settledButtons(page)).toEqual([
        'Open WebEx Host Helper',
        'Copy details',
        'Dismiss',
      ]);
      const number = meetingKey.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
      expect(await panelText(page, '.meeting-offer')).toBe(
        `Meeting ${number} is not one of your meetings on acme.webex.com (signed in as alice), so WebEx Host Helper will not start it.`,
      );
      if (meetingKey === bobs) await screenshots(page, 'start-not-hosts-meeting');
      await page.close();
    }
    expect(operations()).toContain('GetMeeting');
    expect(operations()).not.toContain('GethosturlMeeting');
  });

  it('the same result on another site is refused, naming both, without asking WebEx', async () => {
    await signIn(ALICE);
    const own = await schedule('Alice on acme', Date.now() + 3_600_000);
    const before = ctx.sandbox.requests.length;
    const page = await openResult(resultUrl(STRICT_PAGE, `AT=SM&ST=SUCCESS&MK=${own}`));
    expect(await settledButtons(page)).not.toContain('Start the meeting');
    expect(await panelText(page, '.meeting-offer')).toBe(
      'This page is on strict.webex.com, but WebEx Host Helper is signed in to acme.webex.com. It starts meetings only from pages of the site you are signed in to.',
    );
    expect(ctx.sandbox.requests.slice(before)).toEqual([]);
    await page.close();
  });

  it("the host's own meeting shows WebEx's topic and start first, then starts in a tab", async () => {
    await signIn(ALICE);
    const startsAt = Date.now() + 2 * 3_600_000;
    const own = await schedule('Quarterly review', startsAt);
    const page = await openResult(resultUrl(TEST_PAGE, `AT=SM&ST=SUCCESS&MK=${own}`));
    expect(await settledButtons(page)).toEqual(['Start the meeting', 'Copy details', 'Dismiss']);
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    // The start as WebEx holds it (to the minute), in the browser's zone and language.
    const minute = Math.floor(startsAt / 60_000) * 60_000;
    expect(await panelText(page, '.meeting-offer')).toBe(
      `Start “Quarterly review” (${formatStartShort(minute, Date.now(), zone, 'en')})?`,
    );
    await screenshots(page, 'start-own-meeting');
    expect(operations()).not.toContain('GethosturlMeeting');

    const started = ctx.extension.context.waitForEvent('page');
    await clickPanelButton(page, 'Start the meeting');
    const startTab = await started;
    await startTab.waitForURL(/\/mywebex\/default\.do\?siteurl=acme&AT=HM&ST=SUCCESS/);
    expect(await panelStatus(page)).toBe('Starting “Quarterly review” in a new tab.');
    expect(operations().filter((name) => name === 'GethosturlMeeting')).toHaveLength(1);
    await Promise.all([startTab.close(), page.close()]);
  });

  // Issue 13, item 15: the browser's WebEx session timed out, not the extension's: with the
  // meeting known (and the host's own, checked as for any Start), start again with a fresh link.
  it('a timed-out start says what timed out and starts again with a fresh ticket link', async () => {
    await signIn(ALICE);
    const own = await schedule('Timed out', Date.now() + 3_600_000);
    const page = await openResult(resultUrl(TEST_PAGE, `AT=SM&ST=FAIL&RS=AccessDenied&MK=${own}`));
    expect(await panelText(page, '.meaning')).toBe(
      "Your WebEx session in this browser timed out: WebEx ends it after 30 minutes without activity. That is the WebEx site's own sign-in, not WebEx Host Helper's.",
    );
    expect(await settledButtons(page)).toEqual([
      'Start the meeting',
      'Sign in on the WebEx site',
      'Dismiss',
    ]);
    await screenshots(page, 'start-timed-out');
    const started = ctx.extension.context.waitForEvent('page');
    await clickPanelButton(page, 'Start the meeting');
    const startTab = await started;
    await startTab.waitForURL(/\/mywebex\/default\.do\?siteurl=acme&AT=HM&ST=SUCCESS/);
    expect(await panelStatus(page)).toBe('Starting “Timed out” in a new tab.');
    expect(operations().filter((name) => name === 'GethosturlMeeting')).toHaveLength(1);
    await Promise.all([startTab.close(), page.close()]);
  });

  // Issue 13, item 16: Decode's Start, checked as the panel's: the pasted address decides nothing.
  it("Decode: a pasted result of the host's own meeting is checked, then started; another's is refused", async () => {
    await signIn(BOB);
    const bobs = await schedule('Bob pasted', Date.now() + 3_600_000);
    await send(popup!, 'signOut', { forgetMeetings: false });
    await signIn(ALICE);
    const own = await schedule('Pasted review', Date.now() + 3_600_000);
    const page = await extensionPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.reload();
    await page.getByRole('tab', { name: 'Decode' }).click();
    const field = page.getByLabel('Back URL or XML API response');
    const offer = page.locator('.decode-next .meeting-offer');
    const buttons = page.locator('.decode-next button');

    await field.fill(resultUrl(TEST_PAGE, `AT=SM&ST=SUCCESS&MK=${bobs}`));
    await page.getByRole('button', { name: 'Explain' }).click();
    await page.locator('.decode-next .meeting-offer.refused').waitFor();
    const number = bobs.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
    expect(await offer.textContent()).toBe(
      `Meeting ${number} is not one of your meetings on acme.webex.com (signed in as alice), so WebEx Host Helper will not start it.`,
    );
    expect(await buttons.allTextContents()).toEqual(['Copy details']);

    await field.fill(resultUrl(STRICT_PAGE, `AT=SM&ST=SUCCESS&MK=${own}`));
    await page.getByRole('button', { name: 'Explain' }).click();
    await page.getByText('The pasted address is on strict.webex.com').waitFor();
    await expect
      .poll(() => offer.textContent())
      .toBe(
        'The pasted address is on strict.webex.com, but WebEx Host Helper is signed in to acme.webex.com. It starts only meetings of the site you are signed in to.',
      );

    await field.fill(resultUrl(TEST_PAGE, `AT=SM&ST=SUCCESS&MK=${own}`));
    await page.getByRole('button', { name: 'Explain' }).click();
    await page.locator('.decode-next .meeting-offer.ready').waitFor();
    expect(await offer.textContent()).toMatch(/^Start “Pasted review” \((Today|Tomorrow), /);
    expect(await buttons.allTextContents()).toEqual(['Start the meeting', 'Copy details']);
    await screenshots(page, 'decode-start-own-meeting');
    expect(operations()).not.toContain('GethosturlMeeting');

    const started = ctx.extension.context.waitForEvent('page');
    await page.getByRole('button', { name: 'Start the meeting' }).click();
    const startTab = await started;
    await startTab.waitForURL(/\/mywebex\/default\.do\?siteurl=acme&AT=HM&ST=SUCCESS/);
    const status = page.locator('.decode-next .status');
    await status.getByText('Starting “Pasted review” in a new tab.').waitFor();
    expect(operations().filter((name) => name === 'GethosturlMeeting')).toHaveLength(1);
    await startTab.close();
  });
});
