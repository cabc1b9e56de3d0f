import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  LANDING,
  TEST_PAGE,
  resultUrl,
  runAxe,
  screenshots,
  useExplainer,
} from './explainer/support';

// Issue 13, items 16, 17 and 19 in the popup's Decode tab: a whole meeting link is said for what
// it is, with Join; a pasted result gets the panel's buttons that fit the popup; Clear gives the
// focus back to the box; an address in a status is a real link.
const ctx = useExplainer();
const FIELD = 'Back URL or XML API response';

async function openDecode(): Promise<Page> {
  const popup = await ctx.extension.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(ctx.extension.extensionUrl('popup.html'));
  await popup.getByRole('tab', { name: 'Decode' }).click();
  await popup.getByLabel(FIELD).waitFor();
  return popup;
}

async function explain(popup: Page, text: string, headline: string) {
  await popup.getByLabel(FIELD).fill(text);
  await popup.getByRole('button', { name: 'Explain' }).click();
  await expect.poll(() => popup.locator('.decode-card .headline').textContent()).toBe(headline);
}

const buttons = (popup: Page) => popup.locator('.decode-next button').allTextContents();

/** Clicks a Decode button that opens a tab; the tab, once loaded. */
async function opens(popup: Page, name: string): Promise<Page> {
  const [tab] = await Promise.all([
    ctx.extension.context.waitForEvent('page'),
    popup.getByRole('button', { name, exact: true }).click(),
  ]);
  await tab.waitForLoadState('load');
  return tab;
}

describe('Decode: next steps', () => {
  it('a whole meeting link is recognised and joined, rebuilt without its password', async () => {
    const popup = await openDecode();
    const link = 'https://acme.webex.com/acme/j.php?MTID=m5f2c9a&PWD=secret1';
    await explain(popup, link, 'A WebEx meeting link, not a result');
    expect(await popup.locator('.decode-card .meaning').textContent()).toBe(
      'This is the whole link WebEx gives attendees to join a meeting on acme.webex.com. It has no result in it: it has not been opened yet.',
    );
    expect(await buttons(popup)).toEqual(['Join the meeting', 'Copy details']);
    const tab = await opens(popup, 'Join the meeting');
    const joined = 'https://acme.webex.com/acme/j.php?MTID=m5f2c9a';
    expect(tab.url()).toBe(joined);
    await tab.close();
    // Item 19: the address in the status is a link to exactly that address.
    const status = popup.locator('.decode-next .status');
    await expect
      .poll(() => status.textContent())
      .toBe(`Opened the meeting in a new tab: ${joined}`);
    expect(await status.locator('a').getAttribute('href')).toBe(joined);
    expect(await status.locator('a').getAttribute('rel')).toBe('noopener noreferrer');
    await screenshots(popup, 'decode-meeting-link');
    expect(await runAxe(popup, { include: [['.decode-view']] })).toEqual([]);
    await popup.close();
  });

  it("a pasted result gets the panel's buttons that fit the popup: sign out of WebEx works", async () => {
    const popup = await openDecode();
    const url = resultUrl(TEST_PAGE, 'AT=LI&ST=FAIL&RS=AlreadyLogon');
    await explain(popup, url, 'Already signed in to WebEx');
    expect(await buttons(popup)).toEqual(['Sign out of WebEx', 'Copy details']);
    await screenshots(popup, 'decode-result-actions');
    const tab = await opens(popup, 'Sign out of WebEx');
    await tab.waitForURL(`${LANDING}&AT=LO&ST=SUCCESS`);
    await tab.close();
    expect(await popup.locator('.decode-next .status').textContent()).toBe(
      'Signing you out of WebEx at https://acme.webex.com in a new tab.',
    );
    await popup.close();
  });

  it("a timed-out join's result joins again on the page's site", async () => {
    const popup = await openDecode();
    const url = resultUrl(TEST_PAGE, 'AT=JM&ST=FAIL&RS=AccessDenied&MK=180208468');
    await explain(popup, url, "Couldn't join meeting 180 208 468");
    expect(await buttons(popup)).toEqual([
      'Join the meeting',
      'Sign in on the WebEx site',
      'Copy details',
    ]);
    const tab = await opens(popup, 'Join the meeting');
    // The sandbox has no such meeting: WebEx answers the join (AT=JM) on the site's landing page.
    expect(tab.url()).toMatch(
      /^https:\/\/acme\.webex\.com\/mywebex\/default\.do\?siteurl=acme&AT=JM&/,
    );
    await tab.close();
    expect(await popup.locator('.decode-next .status').textContent()).toBe(
      'Opened the meeting in a new tab: https://acme.webex.com/acme/m.php?AT=JM&MK=180208468',
    );
    await popup.close();
  });

  it('Clear empties the box and puts the focus back in it, not on the page body', async () => {
    const popup = await openDecode();
    await explain(popup, '180 208 468', 'A WebEx meeting number, not a result');
    // Signed out: a bare number has no site to be joined on, so only Copy details.
    expect(await buttons(popup)).toEqual(['Copy details']);
    await popup.getByRole('button', { name: 'Clear' }).click();
    expect(await popup.getByLabel(FIELD).inputValue()).toBe('');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('decode-input');
    expect(await popup.locator('.decode-card').count()).toBe(0);
    await popup.close();
  });
});
