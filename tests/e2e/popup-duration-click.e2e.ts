import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNTS } from '../sandbox/accounts';
import { messagesFor, type Messages } from '../support/messages';
import { signInInLanguage } from './flows';
import { launchExtension, saveScreenshot, type UiLocale } from './harness';
import { useExtensionAndSandbox } from './lifecycle';

// Issue 9 note: a preset length clicked straight from the "Other…" hours field, with the popup
// scrolled to its end, was lost in tests/e2e/languages.e2e.ts. The popup's layout does not move
// on the field's blur; the 64 px were Chromium's full-page screenshot (saveScreenshot) leaving
// the page's scroll position out of step until the next focus change. Both the person's way
// (wheel, a click with the button held a moment) and the screenshot's way are checked here.
process.env.TZ = 'Europe/Berlin';
const ALICE = SANDBOX_ACCOUNTS.alice;

describe.each<UiLocale>(['en', 'de'])('in %s: a preset length straight from "Other…"', (locale) => {
  let m: Messages;
  const ctx = useExtensionAndSandbox({
    async launch(sandbox) {
      m = await messagesFor(locale);
      return launchExtension({ sandboxPort: sandbox.port, locale });
    },
    // Each test signs in afresh: an earlier test's popup closed, its sign-in ended.
    async beforeEachTest({ extension }) {
      for (const page of extension.context.pages()) await page.close();
      const page = await extension.openPopup();
      const signOut = page.getByRole('button', { name: m('popup.header.signOut') });
      await page.locator('form[data-ready], details.older-sign-in').first().waitFor();
      if (await signOut.isVisible()) {
        await signOut.click();
        await page.getByLabel(m('signIn.site')).waitFor();
      }
      await page.close();
    },
  });

  /** A popup signed in as alice, "Other…" chosen and 2 typed in its hours field (focused). */
  async function typedHours(): Promise<Page> {
    const page = await ctx.extension.openPopup();
    await signInInLanguage(page, m, ALICE);
    await page.getByRole('radio', { name: m('schedule.duration.other') }).check();
    await page.getByLabel(m('schedule.duration.hours'), { exact: true }).fill('2');
    return page;
  }

  const scrollTop = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollTop);
  const endOfPage = (page: Page) =>
    page.evaluate(() => {
      const scroller = document.scrollingElement!;
      return scroller.scrollHeight - scroller.clientHeight;
    });

  /** Where the page is scrolled at each mousedown and mouseup from now on. */
  async function watchScroll(page: Page) {
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { scrollLog: string[] }).scrollLog = log;
      for (const type of ['mousedown', 'focusin', 'mouseup'])
        document.addEventListener(
          type,
          () => log.push(`${type} ${document.scrollingElement!.scrollTop}`),
          true,
        );
    });
  }
  const scrollLog = (page: Page) =>
    page.evaluate(() => (window as unknown as { scrollLog: string[] }).scrollLog);

  it('lands with the popup scrolled to its end by the wheel, the button held a moment', async () => {
    const page = await typedHours();
    expect(await endOfPage(page)).toBeGreaterThan(0);
    await page.mouse.move(200, 300);
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => scrollTop(page)).toBe(await endOfPage(page));
    const end = await scrollTop(page);
    await watchScroll(page);
    const thirty = page.getByRole('radio', { name: '30', exact: true });
    await thirty.click({ delay: 150 });
    expect(await thirty.isChecked()).toBe(true);
    // Nothing moved between pressing and releasing the button.
    expect(await scrollLog(page)).toEqual([`mousedown ${end}`, `focusin ${end}`, `mouseup ${end}`]);
    expect(await page.locator('#duration-hours').count()).toBe(0);
    await saveScreenshot(page, `popup-duration-click-${locale}`);
    await page.close();
  });

  it('lands after a full-page screenshot taken with the hours field focused', async () => {
    const page = await typedHours();
    // Where the hours field's fill scrolled the page (part way down in German; the capture's
    // mismatch needs that scroll, one set by script does not show it).
    const before = await scrollTop(page);
    await saveScreenshot(page, `popup-duration-other-typed-${locale}`);
    // The screenshot leaves the page where it was, focus still in the hours field.
    expect(await scrollTop(page)).toBe(before);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('duration-hours');
    await watchScroll(page);
    const thirty = page.getByRole('radio', { name: '30', exact: true });
    await thirty.click();
    expect(await thirty.isChecked()).toBe(true);
    expect(await scrollLog(page)).toEqual([
      `mousedown ${before}`,
      `focusin ${before}`,
      `mouseup ${before}`,
    ]);
    await page.close();
  });
});
