import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/index.ts';
import { EXTENSION_DIR, launchExtension, saveScreenshot, type ExtensionHarness } from './harness';

let sandbox: Sandbox;
let harness: ExtensionHarness;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, clock: 'real' });
  harness = await launchExtension({ sandboxPort: sandbox.port });
});

afterAll(async () => {
  await harness?.close();
  await sandbox?.close();
});

test('the production manifest asks only for what the features use', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.name).toBe('__MSG_app_name__');
  expect(manifest.default_locale).toBe('en');
  expect(Object.keys(manifest.icons).map(Number)).toEqual([16, 32, 48, 96, 128]);
  expect([...manifest.permissions].sort()).toEqual([
    'alarms',
    'identity',
    'notifications',
    'scripting',
    'storage',
  ]);
  expect(manifest.host_permissions).toEqual(['https://*.webex.com/*', 'https://webexapis.com/*']);
  expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  const matches = (manifest.content_scripts ?? []).flatMap(
    (script: { matches: string[] }) => script.matches,
  );
  expect(matches.every((match: string) => match === 'https://*.webex.com/*')).toBe(true);
  expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
});

test('ships every locale, the manifest’s words included', () => {
  const messages = (locale: string) =>
    JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales', locale, 'messages.json'), 'utf8'));
  expect(messages('en').app_name.message).toBe('WebEx Host Helper');
  for (const locale of ['de', 'ja']) {
    expect(Object.keys(messages(locale)).sort()).toEqual(Object.keys(messages('en')).sort());
    expect(messages(locale).app_description.message).not.toBe(
      messages('en').app_description.message,
    );
  }
});

test('the service worker starts and the popup renders', async () => {
  expect(harness.serviceWorker.url()).toBe(harness.extensionUrl('background.js'));
  const popup = await harness.openPopup();
  await expect.poll(() => popup.getByRole('heading').first().textContent()).toBeTruthy();
  const errors: string[] = [];
  popup.on('pageerror', (error) => errors.push(error.message));
  await popup.reload();
  await popup.getByRole('heading').first().waitFor();
  expect(errors).toEqual([]);
  await saveScreenshot(popup, 'smoke-popup');
  await popup.close();
});

test('the sandbox site is reached at its real host name through the host-resolver rules', async () => {
  const page = await harness.context.newPage();
  const response = await page.goto('https://acme.webex.com/acme/backurl-test.html');
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).host).toBe('acme.webex.com');
  await page.close();
});
