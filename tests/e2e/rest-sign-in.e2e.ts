import { describe, expect, it } from 'vitest';
import { SANDBOX_REST_ACCOUNTS } from '../sandbox/accounts.ts';
import { expectAccessible } from './accessibility';
import { olderSignInForm, readAllStorage } from './flows';
import {
  readClipboard,
  screenshotsBoth,
  signedOutPopup,
  signInWithToken,
  useRestUi,
  webexButton,
  webexSignInReady,
} from './rest-ui/support';

// The REST sign-in UI in the production build against the sandbox's webexapis.com: the sign-in
// screen, the personal token, a two-site account with an attendee-only site, the Personal Room,
// and the form kept while the host must sign in with Webex again. What needs Webex's own
// window (launchWebAuthFlow) is in rest-webex-window.e2e.ts.
const GINA = SANDBOX_REST_ACCOUNTS.gina;
const HUGO = SANDBOX_REST_ACCOUNTS.hugo;
const ctx = useRestUi();

describe('the sign-in screen', () => {
  it('leads with Sign in with Webex; the WebEx ID form sits under "Older site", the single sign-on advice before any password; the token says 12 hours', async () => {
    const page = await signedOutPopup();
    if (await webexSignInReady(page)) {
      expect(await webexButton(page).isEnabled()).toBe(true);
      await page.getByText('For Webex sites today, including single sign-on.').waitFor();
      // Folded for a host new to this browser: Webex is the way.
      expect(await page.getByLabel('Password', { exact: true }).isVisible()).toBe(false);
    } else {
      // No integration in this build: the button says what is missing and where to set it.
      expect(await webexButton(page).isDisabled()).toBe(true);
      const link = page.getByRole('link', { name: 'Set up the Webex integration in Settings' });
      expect(await link.getAttribute('href')).toBe('/options.html#webex-integration');
      // The only way that works then is open.
      expect(await page.getByLabel('Password', { exact: true }).isVisible()).toBe(true);
    }
    await screenshotsBoth(page, 'rest-sign-in-400');
    await expectAccessible(page, 'popup sign-in screen');

    await olderSignInForm(page);
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
    await page.getByText('It lasts 12 hours, then you sign in again').waitFor();
    await screenshotsBoth(page, 'rest-sign-in-open-400');
    await expectAccessible(page, 'popup sign-in screen, both disclosures open');
    await page.close();

    const narrow = await signedOutPopup(320);
    await narrow.getByText('Personal access token (for developers)').click();
    await screenshotsBoth(narrow, 'rest-sign-in-320');
    const overflow = await narrow.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflow).toBe(false);
  });

  it('the options page shows the same screen, its link staying on the page', async () => {
    const page = await ctx.extension.openOptions();
    await webexButton(page).waitFor();
    await page.getByText('Personal access token (for developers)').waitFor();
    if (!(await webexSignInReady(page))) {
      const link = page.getByRole('link', { name: 'Set up the Webex integration below' });
      expect(await link.getAttribute('href')).toBe('#webex-integration');
    }
    await olderSignInForm(page);
    await screenshotsBoth(page, 'rest-options-sign-in');
    await expectAccessible(page, 'options sign-in screen');
  });

  it('a personal access token signs in; it is in no address and not in sync or local storage', async () => {
    const page = await signedOutPopup();
    await signInWithToken(page, GINA);
    expect(await page.locator('.account-name').innerText()).toContain('acme.webex.com');
    // One site: nothing to choose.
    expect(await page.getByLabel('Site', { exact: true }).count()).toBe(0);
    await screenshotsBoth(page, 'rest-signed-in');
    const areas = await readAllStorage(ctx.extension);
    expect(JSON.stringify(areas.sync)).not.toContain(GINA.personalAccessToken);
    expect(JSON.stringify(areas.local)).not.toContain(GINA.personalAccessToken);
    expect(ctx.sandbox.rest.requests.length).toBeGreaterThan(0);
    for (const request of ctx.sandbox.rest.requests) {
      expect(request.query).not.toContain(GINA.personalAccessToken);
    }
  });
});

describe('a signed-in REST account', () => {
  it('chooses among its sites; an attendee-only site is marked, and Schedule is off with the reason', async () => {
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
    const notice = page.locator('#schedule-blocked');
    await notice.waitFor();
    expect(await notice.innerText()).toBe(
      'You are only an attendee on acme.webex.com: Webex does not let you schedule meetings there. Choose one of your host sites at the top.',
    );
    expect(await schedule.isDisabled()).toBe(true);
    expect(await schedule.getAttribute('aria-describedby')).toBe('schedule-blocked');
    expect(await page.locator('.account-name').innerText()).toContain('acme.webex.com');
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
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await readClipboard()).toBe('https://acme.webex.com/meet/gina');
  });

  it('a sign-in that must be renewed keeps the form in session storage, restores it on the next open, once', async () => {
    const page = await signedOutPopup();
    await signInWithToken(page, GINA);
    // A personal token cannot be renewed: the next create asks for Sign in with Webex again.
    ctx.sandbox.faults.inject({ kind: 'rest-expired-token', operation: 'POST /meetings' });
    await page.getByLabel('Topic').fill('Kept over a sign-in');
    await page.getByLabel('Invite (email addresses)').fill('carol@example.com');
    await page.getByLabel('Alternate host (email)').fill('dave@example.com');
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Sign in with Webex again' }).waitFor();
    expect(await dialog.getByRole('heading').innerText()).toBe('Your Webex sign-in has ended');
    await screenshotsBoth(page, 'rest-renewal-dialog');
    await expectAccessible(page, 'popup, Webex renewal dialog');

    // The toolbar popup closes when Webex's window opens: the form waits in session storage.
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
    expect(await reopened.getByLabel('Alternate host (email)').inputValue()).toBe(
      'dave@example.com',
    );
    // Restored once: the draft is gone, and a popup opened next starts fresh.
    await expect
      .poll(async () => (await readAllStorage(ctx.extension)).session['popup.scheduleDraft'])
      .toBeUndefined();
    const third = await ctx.extension.openPopup();
    await third.locator('form[data-ready]').waitFor();
    expect(await third.getByLabel('Topic').inputValue()).not.toBe('Kept over a sign-in');
  });
});
