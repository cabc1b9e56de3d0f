import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNTS, SANDBOX_REST_ACCOUNTS } from '../sandbox/accounts.ts';
import type { SandboxRestAccount } from '../sandbox/accounts.ts';
import { expectAccessible } from './accessibility';
import { olderSignInForm, readAllStorage, fillSignInForm } from './flows';
import { launchExtension, saveScreenshot } from './harness';
import { useExtensionAndSandbox } from './lifecycle';

// "Sign in with Webex" in the production build against the sandbox's webexapis.com: the
// sign-in screen, launchWebAuthFlow's window, the personal token, a two-site account with an
// attendee-only site, the Personal Room, and signing in again over a kept form.
const GINA = SANDBOX_REST_ACCOUNTS.gina;
const HUGO = SANDBOX_REST_ACCOUNTS.hugo;

const ctx = useExtensionAndSandbox({
  async launch(sandbox) {
    const extension = await launchExtension({ sandboxPort: sandbox.port });
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

const webexButton = (page: Page) =>
  page.getByRole('button', { name: 'Sign in with Webex', exact: true });

/** Opens the popup (signed out) at `width` px. */
async function signedOutPopup(width = 400): Promise<Page> {
  const page = await ctx.extension.openPopup();
  await page.setViewportSize({ width, height: 600 });
  await webexButton(page).first().waitFor();
  return page;
}

/**
 * Runs `click`, then fills and accepts the sandbox's Webex sign-in page, which
 * launchWebAuthFlow opens as a new page of the browser.
 */
async function throughWebexWindow(click: () => Promise<void>, account: SandboxRestAccount) {
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

async function signInWithToken(page: Page, account: SandboxRestAccount) {
  await page.getByText('Personal access token (for developers)').click();
  await page.getByLabel('Personal access token', { exact: true }).fill(account.personalAccessToken);
  await page.getByRole('button', { name: 'Sign in with token' }).click();
  await page.locator('form[data-ready]').waitFor();
}

async function screenshotsBoth(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await saveScreenshot(page, `${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('Sign in with Webex', () => {
  it('leads the sign-in screen; the WebEx ID form is folded under "Older site", with the single sign-on advice before any password', async () => {
    const page = await signedOutPopup();
    // Ready: the build carries the sandbox's integration.
    expect(await webexButton(page).isEnabled()).toBe(true);
    await page.getByText('For Webex sites today, including single sign-on.').waitFor();
    expect(await page.getByLabel('Password', { exact: true }).isVisible()).toBe(false);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Sign in with Webex');
    await screenshotsBoth(page, 'rest-sign-in-400');
    await expectAccessible(page, 'popup sign-in screen');

    const form = await olderSignInForm(page);
    // Issue 13 item 7: the advice comes before the password box, in reading order.
    const adviceFirst = await page.evaluate(() => {
      const note = document.querySelector('[data-testid="sso-note"]')!;
      const password = document.querySelector('input[type="password"][name="password"]')!;
      return Boolean(note.compareDocumentPosition(password) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(adviceFirst).toBe(true);
    expect(await page.getByTestId('sso-note').innerText()).toBe(
      'Does your company sign you in to Webex (single sign-on)? Use Sign in with Webex; the WebEx ID form cannot sign you in.',
    );
    await page.getByText('Personal access token (for developers)').click();
    expect(await page.getByText('It lasts 12 hours').isVisible()).toBe(true);
    await expect.poll(() => form.isVisible()).toBe(true);
    await screenshotsBoth(page, 'rest-sign-in-open-400');
    await expectAccessible(page, 'popup sign-in screen, both disclosures open');
    await page.close();

    const narrow = await signedOutPopup(320);
    await screenshotsBoth(narrow, 'rest-sign-in-320');
    const overflow = await narrow.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflow).toBe(false);
    await narrow.close();
  });

  it('signs in through launchWebAuthFlow; the header shows the account and its site; no token in sync storage or in any address', async () => {
    const page = await signedOutPopup();
    await throughWebexWindow(() => webexButton(page).click(), GINA);
    await page.locator('form[data-ready]').waitFor();
    expect(await page.getByTestId('account-name').innerText()).toContain('acme.webex.com');
    // One site: nothing to choose.
    expect(await page.getByLabel('Site', { exact: true }).count()).toBe(0);
    await screenshotsBoth(page, 'rest-signed-in');

    const areas = await readAllStorage(ctx.extension);
    expect(JSON.stringify(areas.sync)).not.toMatch(/token/i);
    for (const request of ctx.sandbox.rest.requests) {
      expect(request.query).not.toMatch(/access_token|Bearer/i);
    }
  });

  it('the personal access token signs in (the token is sent once, kept nowhere in sync storage)', async () => {
    const page = await signedOutPopup();
    await signInWithToken(page, GINA);
    expect(await page.getByTestId('account-name').innerText()).toContain('acme.webex.com');
    const areas = await readAllStorage(ctx.extension);
    expect(JSON.stringify(areas.sync)).not.toContain(GINA.personalAccessToken);
    expect(JSON.stringify(areas.local)).not.toContain(GINA.personalAccessToken);
    for (const request of ctx.sandbox.rest.requests) {
      expect(request.query).not.toContain(GINA.personalAccessToken);
    }
  });

  it('an XML site whose XML API is off offers Sign in with Webex in one click', async () => {
    const page = await signedOutPopup();
    const form = await olderSignInForm(page);
    const erin = SANDBOX_ACCOUNTS.erin;
    await fillSignInForm(form, { ...erin, site: 'retired' });
    await form.getByRole('button', { name: 'Sign in', exact: true }).click();
    const offer = form.getByTestId('xml-api-off-webex');
    await offer.waitFor();
    expect(await form.locator('[data-error-kind="xml-api-off"]').count()).toBe(1);
    await screenshotsBoth(page, 'rest-xml-api-off-offer');
    await throughWebexWindow(() => offer.click(), HUGO);
    await page.locator('form[data-ready]').waitFor();
    expect(await page.getByTestId('account-name').innerText()).toContain('retired.webex.com');
  });
});

describe('a signed-in REST account', () => {
  it('chooses among its sites; an attendee-only site is marked and Schedule says why it is off', async () => {
    const page = await signedOutPopup();
    await signInWithToken(page, HUGO);
    const chooser = page.getByLabel('Site', { exact: true });
    expect(await chooser.locator('option').allInnerTexts()).toEqual([
      'retired.webex.com',
      'acme.webex.com (attendee only)',
    ]);
    expect(await chooser.inputValue()).toBe('retired.webex.com');
    const schedule = page.getByRole('button', { name: 'Schedule meeting' });
    expect(await schedule.isEnabled()).toBe(true);
    await screenshotsBoth(page, 'rest-site-chooser');

    await chooser.selectOption('acme.webex.com');
    const notice = page.getByTestId('attendee-site');
    await notice.waitFor();
    expect(await notice.innerText()).toBe(
      'You are only an attendee on acme.webex.com: Webex does not let you schedule meetings there. Choose one of your host sites at the top.',
    );
    expect(await schedule.isDisabled()).toBe(true);
    expect(await schedule.getAttribute('aria-describedby')).toBe('schedule-blocked');
    expect(await page.getByTestId('account-name').innerText()).toContain('acme.webex.com');
    await screenshotsBoth(page, 'rest-attendee-site');
    await expectAccessible(page, 'popup, attendee-only site chosen');
    // Enter in the topic does not schedule either.
    await page.getByLabel('Topic').press('Enter');
    expect(
      ctx.sandbox.rest.requests.filter((r) => r.method === 'POST' && r.path === '/meetings'),
    ).toEqual([]);

    await chooser.selectOption('retired.webex.com');
    await expect.poll(() => notice.count()).toBe(0);
    expect(await schedule.isEnabled()).toBe(true);
  });

  it('starts the Personal Room in one click (a new tab on its start link) and copies its link', async () => {
    const page = await signedOutPopup();
    await signInWithToken(page, GINA);
    await page.getByRole('tab', { name: 'Recent' }).click();
    const start = page.getByRole('button', { name: 'Start my Personal Room' });
    await start.waitFor();
    await screenshotsBoth(page, 'rest-personal-room');
    await expectAccessible(page, 'popup, Recent with the Personal Room');

    const opened = ctx.extension.context.waitForEvent('page');
    await start.click();
    const tab = await opened;
    await tab.waitForURL(/^https:\/\/acme\.webex\.com\/wbxmjs\/joinservice\//);
    await tab.getByRole('heading', { name: /^You started/ }).waitFor();

    await page.getByRole('button', { name: 'Copy Personal Room link' }).click();
    const site = await ctx.extension.context.newPage();
    await site.goto('https://acme.webex.com/acme/backurl-test.html');
    expect(await site.evaluate(() => navigator.clipboard.readText())).toBe(
      'https://acme.webex.com/meet/gina',
    );
  });

  it('signing in again keeps the form: in session storage while Webex asks, restored on the next open, and the meeting is then scheduled', async () => {
    const page = await signedOutPopup();
    await throughWebexWindow(() => webexButton(page).click(), GINA);
    await page.locator('form[data-ready]').waitFor();
    // No Webex session any more: the token cannot be renewed silently.
    await ctx.extension.context.clearCookies();
    ctx.sandbox.faults.inject({ kind: 'rest-expired-token', operation: 'POST /meetings' });
    await page.getByLabel('Topic').fill('Kept over a sign-in');
    await page.getByLabel('Invite (email addresses)').fill('carol@example.com');
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Sign in with Webex again' }).waitFor();
    await screenshotsBoth(page, 'rest-renewal-dialog');
    await expectAccessible(page, 'popup, Webex renewal dialog');

    // The toolbar popup would close when Webex's window opens: the form waits in session storage.
    const kept = await readAllStorage(ctx.extension);
    expect(JSON.stringify(kept.session['popup.scheduleDraft'])).toContain('Kept over a sign-in');
    expect(JSON.stringify(kept.sync)).not.toContain('Kept over a sign-in');
    expect(JSON.stringify(kept.local)).not.toContain('Kept over a sign-in');
    await page.close();

    const reopened = await ctx.extension.openPopup();
    await reopened.locator('form[data-ready]').waitFor();
    await expect.poll(() => reopened.getByLabel('Topic').inputValue()).toBe('Kept over a sign-in');
    expect(await reopened.getByLabel('Invite (email addresses)').inputValue()).toBe(
      'carol@example.com',
    );
    // Restored once: the draft is gone.
    await expect
      .poll(async () => (await readAllStorage(ctx.extension)).session['popup.scheduleDraft'])
      .toBeUndefined();

    await reopened.getByRole('button', { name: 'Schedule meeting' }).click();
    const again = reopened.getByRole('dialog').getByRole('button', {
      name: 'Sign in with Webex again',
    });
    await again.waitFor();
    await throughWebexWindow(() => again.click(), GINA);
    await reopened.locator('.scheduled-card').waitFor();
    expect(await reopened.locator('.card-topic').innerText()).toBe('Kept over a sign-in');
    const creates = ctx.sandbox.rest.requests.filter(
      (r) => r.method === 'POST' && r.path === '/meetings' && r.status < 300,
    );
    expect(creates).toHaveLength(1);
  });
});
