import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SANDBOX_INTEGRATION } from '../sandbox/rest/integration.ts';
import { expectAccessible } from './accessibility';
import { readAllStorage } from './flows';
import { launchExtension, saveScreenshot, type UiLocale } from './harness';
import { useExtensionAndSandbox } from './lifecycle';

// Options' "Webex integration": the redirect URI to register, the client ID in use and its
// source, and the override fields (the secret write-only).

function section(page: Page, heading: string) {
  return page.getByRole('region', { name: heading });
}

function useOptions(locale: UiLocale) {
  return useExtensionAndSandbox({
    launch: (sandbox) => launchExtension({ sandboxPort: sandbox.port, locale }),
  });
}

describe('Webex integration in Options', () => {
  const ctx = useOptions('en');

  it('shows this browser’s redirect URI; a saved client ID shows with source Options; the secret stays hidden', async () => {
    const page = await ctx.extension.openOptions();
    const integration = section(page, 'Webex integration');
    const redirect = `https://${ctx.extension.extensionId}.chromiumapp.org/`;
    await expect.poll(() => integration.getByTestId('redirect-uri').textContent()).toBe(redirect);
    // The e2e build carries the stand-in's client ID (tests/e2e/build.ts), as a .env would.
    expect(await integration.getByTestId('integration-in-use').textContent()).toContain(
      'built into the extension',
    );

    // The page has focus and the click is a user gesture: the Clipboard API takes the address.
    await integration.getByRole('button', { name: 'Copy' }).click();
    await expect
      .poll(() => integration.getByRole('status').textContent())
      .toBe('Redirect URI copied.');

    await integration
      .getByLabel('Client ID (overrides the built-in one)')
      .fill(SANDBOX_INTEGRATION.clientId);
    await integration.getByLabel('Client secret (optional)').fill(SANDBOX_INTEGRATION.clientSecret);
    await integration.getByRole('button', { name: 'Save integration' }).click();
    await expect
      .poll(() => integration.getByRole('status').textContent())
      .toBe('Integration saved.');
    const inUse = integration.getByTestId('integration-in-use');
    expect(await inUse.textContent()).toContain(SANDBOX_INTEGRATION.clientId);
    expect(await integration.getByTestId('integration-source').textContent()).toBe('(set here)');
    const secretField = integration.getByLabel('Client secret (optional)');
    expect(await secretField.inputValue()).toBe('');
    expect(await secretField.getAttribute('placeholder')).toBe('set');
    expect(await integration.textContent()).toContain('authorization code with PKCE');

    // The secret is sealed in local storage, never in sync storage, never shown again.
    const stored = await readAllStorage(ctx.extension);
    expect(JSON.stringify(stored)).not.toContain(SANDBOX_INTEGRATION.clientSecret);
    expect(JSON.stringify(stored.sync)).not.toContain(SANDBOX_INTEGRATION.clientId);
    expect(await page.content()).not.toContain(SANDBOX_INTEGRATION.clientSecret);

    await page.reload();
    await expect
      .poll(() =>
        section(page, 'Webex integration').getByTestId('integration-source').textContent(),
      )
      .toBe('(set here)');
    await integration.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'options-webex-integration');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'options-webex-integration-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expectAccessible(page, 'options with the Webex integration');

    await integration.getByRole('button', { name: 'Remove secret' }).click();
    await expect.poll(() => integration.getByRole('status').textContent()).toBe('Secret removed.');
    expect(await integration.textContent()).toContain('lasts 14 days');
    await page.close();
  });
});

describe('Webex integration in Options, in German', () => {
  const ctx = useOptions('de');

  it('shows the section in German', async () => {
    const page = await ctx.extension.openOptions();
    const integration = section(page, 'Webex-Integration');
    await expect
      .poll(() => integration.getByTestId('redirect-uri').textContent())
      .toContain('.chromiumapp.org/');
    await integration.getByLabel('Client-ID (ersetzt die eingebaute)').fill('C-firma');
    await integration.getByRole('button', { name: 'Integration speichern' }).click();
    await expect
      .poll(() => integration.getByTestId('integration-source').textContent())
      .toBe('(hier festgelegt)');
    await saveScreenshot(page, 'options-webex-integration-de');
    await page.close();
  });
});
