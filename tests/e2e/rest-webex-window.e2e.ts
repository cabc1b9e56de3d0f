import { describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNTS, SANDBOX_REST_ACCOUNTS } from '../sandbox/accounts.ts';
import { fillSignInForm, olderSignInForm, readAllStorage } from './flows';
import {
  screenshotsBoth,
  signedOutPopup,
  signInWithToken,
  throughWebexWindow,
  useRestUi,
  webexButton,
} from './rest-ui/support';

// Sign in with Webex through launchWebAuthFlow: Webex's window opens as a new page of the
// browser, where the sandbox's sign-in page is filled and accepted. Needs a build with the
// stand-in's client ID and the OAuth flow wired in the background.
const GINA = SANDBOX_REST_ACCOUNTS.gina;
const HUGO = SANDBOX_REST_ACCOUNTS.hugo;
const ctx = useRestUi();

describe("Sign in with Webex, through Webex's window", () => {
  it('signs in; the header shows the account and its site; no token in sync storage or any address', async () => {
    const page = await signedOutPopup();
    expect(await webexButton(page).isEnabled()).toBe(true);
    await throughWebexWindow(() => webexButton(page).click(), GINA);
    await page.locator('form[data-ready]').waitFor();
    expect(await page.locator('.account-name').innerText()).toContain('acme.webex.com');
    const areas = await readAllStorage(ctx.extension);
    expect(JSON.stringify(areas.sync)).not.toMatch(/token/i);
    for (const request of ctx.sandbox.rest.requests) {
      expect(request.query).not.toMatch(/access_token|Bearer/i);
    }
  });

  it('an XML site whose XML API is off offers Sign in with Webex in one click', async () => {
    const page = await signedOutPopup();
    const form = await olderSignInForm(page);
    await fillSignInForm(form, { ...SANDBOX_ACCOUNTS.erin, site: 'retired' });
    await form.getByRole('button', { name: 'Sign in', exact: true }).click();
    const offer = form.getByTestId('xml-api-off-webex');
    await offer.waitFor();
    expect(await form.locator('[data-error-kind="xml-api-off"]').count()).toBe(1);
    await screenshotsBoth(page, 'rest-xml-api-off-offer');
    await throughWebexWindow(() => offer.click(), HUGO);
    await page.locator('form[data-ready]').waitFor();
    expect(await page.locator('.account-name').innerText()).toContain('retired.webex.com');
  });

  it('signing in again over the dialog carries on: the waiting schedule goes out with the form as typed', async () => {
    const page = await signedOutPopup();
    await signInWithToken(page, GINA);
    ctx.sandbox.faults.inject({ kind: 'rest-expired-token', operation: 'POST /meetings' });
    await page.getByLabel('Topic').fill('Kept over a sign-in');
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    const again = page.getByRole('dialog').getByRole('button', {
      name: 'Sign in with Webex again',
    });
    await again.waitFor();
    await throughWebexWindow(() => again.click(), GINA);
    await page.locator('.scheduled-card').waitFor();
    expect(await page.locator('.card-topic').innerText()).toBe('Kept over a sign-in');
    const creates = ctx.sandbox.rest.requests.filter(
      (r) => r.method === 'POST' && r.path === '/meetings' && r.status < 300,
    );
    expect(creates).toHaveLength(1);
    // Signed in again with the popup open: no draft is left for a later popup.
    await expect
      .poll(async () => (await readAllStorage(ctx.extension)).session['popup.scheduleDraft'])
      .toBeUndefined();
  });
});
