import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { POPUP_PAGE, popupShellPage } from '../../lib/popup-page';
import { SHELL_ID, SHELL_TOPIC_ID } from '../../lib/popup-shell';
import { SANDBOX_ACCOUNTS } from '../sandbox/accounts';
import { messagesFor, type Messages } from '../support/messages';
import { expectAccessible } from './accessibility';
import { signInInLanguage } from './flows';
import {
  EXTENSION_DIR,
  launchExtension,
  saveScreenshot,
  type ExtensionHarness,
  type UiLocale,
} from './harness';
import { useExtensionAndSandbox } from './lifecycle';

// Issue 11: a signed-in host's toolbar button opens a page whose HTML already holds the
// schedule form's first field (lib/popup-page.ts, lib/popup-shell.ts), so typing can begin as
// soon as a blank page would show; the app takes what was typed. Production build, Chromium.
const ALICE = SANDBOX_ACCOUNTS.alice;
const EARLY = 'Typed before the app';

/** The page the toolbar button opens now (`action.getPopup`), as a path in the extension. */
async function toolbarPopup(extension: ExtensionHarness): Promise<string> {
  const url = await extension.serviceWorker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { action: { getPopup(details: object): Promise<string> } };
      }
    ).chrome.action.getPopup({}),
  );
  return new URL(url).pathname.slice(1);
}

/** Polls until the toolbar button opens `page` (the background follows storage changes). */
async function expectToolbarPopup(extension: ExtensionHarness, page: string) {
  await expect.poll(() => toolbarPopup(extension)).toBe(page);
}

/**
 * Opens `path`, and as soon as the shell's Topic is parsed (before any of the page's scripts
 * can run) types `EARLY` into it as a host would, noting whether it was visible then.
 */
async function openTypingEarly(extension: ExtensionHarness, path: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.addInitScript(
    ([topicId, text]) => {
      const seen = new MutationObserver(() => {
        const input = document.getElementById(topicId!) as HTMLInputElement | null;
        if (!input) return;
        seen.disconnect();
        (window as unknown as { shellSeen: object }).shellSeen = {
          visibleAtParse: input.checkVisibility(),
          appScriptRan: document.getElementById('app')?.childElementCount !== 0,
        };
        input.value = text!;
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      });
      seen.observe(document, { childList: true, subtree: true });
    },
    [SHELL_TOPIC_ID, EARLY],
  );
  await page.goto(extension.extensionUrl(path));
  return page;
}

describe.each<UiLocale>(['en', 'de'])('in %s: the popup shell', (locale) => {
  let m: Messages;
  const ctx = useExtensionAndSandbox({
    async launch(sandbox) {
      m = await messagesFor(locale);
      return launchExtension({ sandboxPort: sandbox.port, locale });
    },
  });

  it('a signed-in host opens on the shell, in the theme; typing begun there lands in Topic', async () => {
    const { extension } = ctx;
    await expectToolbarPopup(extension, POPUP_PAGE);
    const signIn = await extension.openPopup();
    await signInInLanguage(signIn, m, ALICE);
    await signIn.close();
    await expectToolbarPopup(extension, popupShellPage(locale, 'system'));

    const page = await openTypingEarly(extension, popupShellPage(locale, 'system'));
    const topic = page.getByLabel(m('schedule.form.topic'), { exact: true });
    await page.locator('form[data-ready]').waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { shellSeen: object }).shellSeen),
    ).toEqual({ visibleAtParse: true, appScriptRan: false });
    // One Topic, the form's, holding what was typed (not the default topic), with the focus.
    await expect.poll(() => page.locator(`#${SHELL_ID}`).count()).toBe(0);
    expect(await topic.inputValue()).toBe(EARLY);
    expect(await topic.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type(' and after');
    expect(await topic.inputValue()).toBe(`${EARLY} and after`);
    await expectAccessible(page, `popup opened on the shell (${locale})`);
    await page.close();

    // A theme chosen in Options: the shell opens in it before any script runs.
    await extension.serviceWorker.evaluate(async () => {
      const { storage } = (
        globalThis as unknown as { chrome: typeof import('webextension-polyfill') }
      ).chrome;
      const { settings } = await storage.local.get('settings');
      await storage.local.set({ settings: { ...(settings as object), theme: 'dark' } });
    });
    await expectToolbarPopup(extension, popupShellPage(locale, 'dark'));

    // Signed out: the plain popup again (its first screen is the sign-in).
    const signedIn = await extension.openPopup();
    await signedIn.getByRole('button', { name: m('popup.header.signOut') }).click();
    await signedIn
      .getByLabel(m('signIn.site'))
      .or(signedIn.getByText(m('signIn.older.summary')))
      .first()
      .waitFor();
    await expectToolbarPopup(extension, POPUP_PAGE);
    await signedIn.close();
  });

  it('the shell as a host sees it before the app (screenshots, light and dark)', async () => {
    // The shell page without its script: what shows until the app has rendered.
    const preview = `shell-preview-${locale}.html`;
    const dark = readFileSync(join(EXTENSION_DIR, popupShellPage(locale, 'dark')), 'utf8');
    const withoutScript = dark.replace(/<script type="module"[^>]*><\/script>/, '');
    expect(withoutScript).not.toBe(dark);
    for (const [theme, html] of [
      ['dark', withoutScript],
      ['light', withoutScript.replace(' data-theme="dark"', ' data-theme="light"')],
    ] as const) {
      writeFileSync(join(EXTENSION_DIR, preview), html);
      const page = await ctx.extension.context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(ctx.extension.extensionUrl(preview));
      const topic = page.locator(`#${SHELL_TOPIC_ID}`);
      await topic.waitFor();
      expect(await topic.evaluate((input) => input === document.activeElement)).toBe(true);
      // In the locale's words, in the HTML itself.
      expect(await page.locator(`label[for="${SHELL_TOPIC_ID}"]`).innerText()).toBe(
        m('schedule.form.topic'),
      );
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      await expectAccessible(page, `the popup shell (${locale}, ${theme})`);
      await saveScreenshot(page, `popup-shell-${locale}-${theme}`);
      await page.close();
    }
    rmSync(join(EXTENSION_DIR, preview));
  });
});
