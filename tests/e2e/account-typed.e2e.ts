import { describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { readAllStorage, signInThroughOptions } from './flows';
import { saveScreenshot } from './harness';
import { ALICE, openSignedOutOptions, storedText, trySignIn, useAccount } from './account/support';
import { SANDBOX_ACCOUNTS } from '../sandbox/accounts.ts';

// Issue 13, items 4 and 6: what the host types in the sign-in form, as the host sees it.
const ctx = useAccount();

describe('the sign-in form takes what a host types', () => {
  it("signs in with alice's email address; the extension then knows her as alice", async () => {
    const page = await signInThroughOptions(ctx.extension, {
      ...ALICE,
      webExId: SANDBOX_ACCOUNTS.alice.email,
    });
    await expect
      .poll(() => page.locator('.options-who').innerText())
      .toBe('Signed in as Alice Archer (alice) on acme.webex.com');
    const [auth, getUser] = ctx.sandbox.requests;
    expect(auth?.body).toContain('<com:email>alice@acme.example</com:email>');
    expect(auth?.body).not.toContain('<com:webExID>');
    expect(getUser?.operation).toBe('GetUser');
    expect(ctx.sandbox.requests.every((r) => r.xsdValid)).toBe(true);
    const areas = await readAllStorage(ctx.extension);
    expect(areas.session.account).toMatchObject({ session: { webExId: 'alice' } });
    expect(storedText(areas)).not.toContain(ALICE.password);
    await saveScreenshot(page, 'options-signed-in-by-email-light');

    // The popup's header and a next list both use her WebEx ID.
    const popup = await ctx.extension.openPopup();
    await expect
      .poll(() => popup.locator('.account-name').innerText())
      .toBe('alice on acme.webex.com');
    await popup.getByRole('tab', { name: 'Recent' }).click();
    await popup.getByText('No recent or upcoming meetings').waitFor();
    const list = ctx.sandbox.requests.find((r) => r.operation === 'LstsummaryMeeting');
    expect(list?.body).toContain('<com:webExID>alice</com:webExID>');
  });

  it('a mistyped site ("acmee") is "no such site", named as typed, with no link to a site that does not exist', async () => {
    const page = await openSignedOutOptions();
    const alert = await trySignIn(page, { ...ALICE, site: 'acmee' });
    await expect
      .poll(() => alert.locator('.account-notice-title').innerText())
      .toBe('There is no WebEx site called “acmee”');
    const text = await alert.innerText();
    expect(text).toContain('it sent it on to www.webex.com');
    expect(text).toContain('Check the spelling of “acmee”');
    expect(text).not.toMatch(/retired|XML API/i);
    expect(text).not.toContain('https://acmee.webex.com/acmee');
    expect(ctx.sandbox.requests).toEqual([]);
    // Nothing is kept; the password stays in the form, to retry with the site name fixed.
    expect(storedText(await readAllStorage(ctx.extension))).not.toContain(ALICE.password);

    await saveScreenshot(page, 'options-sign-in-no-such-site-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'options-sign-in-no-such-site-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expectAccessible(page, 'options, no such site');
  });
});
