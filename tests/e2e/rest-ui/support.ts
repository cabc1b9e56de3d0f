import type { Page } from 'playwright-core';
import type { SandboxRestAccount } from '../../sandbox/accounts.ts';
import { sendProtocolMessage } from '../flows';
import { launchExtension, saveScreenshot } from '../harness';
import { useExtensionAndSandbox, type E2eContext } from '../lifecycle';

/**
 * The REST sign-in UI's end-to-end set-up (tests/e2e/rest-sign-in.e2e.ts and
 * rest-webex-window.e2e.ts): a browser and sandbox per file; before each test no page, no
 * cookie (no Webex session) and empty storage.
 */
export let ctx: E2eContext;

export function useRestUi(): E2eContext {
  ctx = useExtensionAndSandbox({
    async launch(sandbox) {
      const extension = await launchExtension({ sandboxPort: sandbox.port });
      // Extension origins cannot be granted permissions: the clipboard is read back from the site.
      await extension.context.grantPermissions(['clipboard-read'], {
        origin: 'https://acme.webex.com',
      });
      return extension;
    },
    async beforeEachTest({ extension }) {
      for (const page of extension.context.pages()) await page.close();
      await extension.context.clearCookies();
      await extension.serviceWorker.evaluate(async () => {
        type Area = { clear(): Promise<void> };
        const { storage } = (globalThis as unknown as { chrome: { storage: Record<string, Area> } })
          .chrome;
        await Promise.all(['local', 'session', 'sync'].map((area) => storage[area]!.clear()));
      });
    },
  });
  return ctx;
}

export const webexButton = (page: Page) =>
  page.getByRole('button', { name: 'Sign in with Webex', exact: true });

/** Opens the popup (signed out) at `width` px. */
export async function signedOutPopup(width = 400): Promise<Page> {
  const page = await ctx.extension.openPopup();
  await page.setViewportSize({ width, height: 600 });
  await webexButton(page).first().waitFor();
  return page;
}

/** Whether this build has a Webex integration (the background's `webexSignInReady`). */
export async function webexSignInReady(page: Page): Promise<boolean> {
  const reply = await sendProtocolMessage(page, 'getAccount');
  return reply.ok && !reply.value.signedIn && reply.value.webexSignInReady;
}

/** Signs in with a personal access token from the sign-in screen's developer disclosure. */
export async function signInWithToken(page: Page, account: SandboxRestAccount) {
  await page.getByText('Personal access token (for developers)').click();
  await page.getByLabel('Personal access token', { exact: true }).fill(account.personalAccessToken);
  await page.getByRole('button', { name: 'Sign in with token' }).click();
  await page.locator('form[data-ready]').waitFor();
}

/**
 * Runs `click`, then fills and accepts the sandbox's Webex sign-in page, which
 * launchWebAuthFlow opens as a new page of the browser.
 */
export async function throughWebexWindow(
  click: () => Promise<void>,
  account: SandboxRestAccount,
): Promise<void> {
  const opened = ctx.extension.context.waitForEvent('page');
  await click();
  const auth = await opened;
  await auth.waitForURL(/^https:\/\/webexapis\.com\/v1\/authorize/);
  const form = auth.getByRole('form', { name: 'Sign in with Webex' });
  const email = form.getByLabel('Email address');
  if ((await email.inputValue()) === '') await email.fill(account.email);
  await form.getByLabel('Password').fill(account.password);
  await form.getByRole('button', { name: 'Accept' }).click({ noWaitAfter: true });
}

/**
 * Opens the popup (signed out), signs in as `account` through Webex's window, which leaves a
 * Webex session in the browser (so prompt=none renews silently), and answers the popup with
 * its form ready.
 */
export async function signedInThroughWebex(account: SandboxRestAccount): Promise<Page> {
  const page = await signedOutPopup();
  await throughWebexWindow(() => webexButton(page).click(), account);
  await page.locator('form[data-ready]').waitFor();
  return page;
}

/** The popup in light and in dark, under tests/e2e/artifacts/. */
export async function screenshotsBoth(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await saveScreenshot(page, `${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** What the clipboard holds, read on the sandbox site (extension pages cannot be granted it). */
export async function readClipboard(): Promise<string> {
  const site = await ctx.extension.context.newPage();
  await site.goto('https://acme.webex.com/acme/backurl-test.html');
  const text = await site.evaluate(() => navigator.clipboard.readText());
  await site.close();
  return text;
}
