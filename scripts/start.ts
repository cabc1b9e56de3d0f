// `npm start`: production build (for the sandbox: its Webex integration's client ID), the local
// WebEx sandbox site, and Chromium with the extension signed in to it. Headed when a display
// exists; otherwise headless, saving screenshots of the popup's views to .output/preview/.
// Beside the XML account it offers the REST one: Sign in with Webex (scripts/start-rest.ts).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { buildForSandbox } from '../tests/e2e/build.ts';
import { launchExtension } from '../tests/e2e/harness.ts';
import { signInThroughOptions } from '../tests/e2e/flows.ts';
import { SANDBOX_ACCOUNTS, SANDBOX_REST_ACCOUNTS } from '../tests/sandbox/accounts.ts';
import { loadDefaultConfig, startSandbox } from '../tests/sandbox/index.ts';
import { restAccountLines } from '../tests/sandbox/rest/describe.ts';
import { previewRestSignIn, restSignInLines } from './start-rest.ts';

const ACCOUNT = SANDBOX_ACCOUNTS.alice;
const REST_ACCOUNT = SANDBOX_REST_ACCOUNTS.gina;
const PREVIEW_DIR = resolve(import.meta.dirname, '../.output/preview');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

buildForSandbox('chrome');

const sandbox = await startSandbox({
  port: Number(process.env.SANDBOX_PORT ?? 0),
  clock: 'real',
});
const harness = await launchExtension({ sandboxPort: sandbox.port, headless: !headed });
const options = await signInThroughOptions(harness, ACCOUNT);
console.log(`\nSandbox site https://acme.webex.com is served from ${sandbox.url}.`);
console.log(`Signed in as ${ACCOUNT.webExId} (password ${ACCOUNT.password}) on site acme.`);
console.log(`\nhttps://webexapis.com is served from ${sandbox.url} too.`);
console.log(restAccountLines(loadDefaultConfig()).join('\n'));
console.log(restSignInLines(REST_ACCOUNT).join('\n'));

if (headed) {
  await options.close();
  await harness.openPopup();
  console.log('Chromium is open with the extension. Close the window or press Ctrl+C to stop.');
  const stop = async () => {
    await harness.close().catch(() => undefined);
    await sandbox.close();
    process.exit(0);
  };
  harness.context.on('close', () => void stop());
  process.once('SIGINT', () => void stop());
} else {
  mkdirSync(PREVIEW_DIR, { recursive: true });
  const saved: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const path = join(PREVIEW_DIR, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    saved.push(path);
  };

  await shoot(options, 'options');
  const popup = await harness.openPopup();
  const form = popup.getByRole('form', { name: 'Schedule a meeting' });
  await form.waitFor();
  await shoot(popup, 'popup-schedule');

  await form.getByLabel('Topic').fill('Quarterly planning');
  await form.getByRole('button', { name: /schedule/i }).click();
  await popup.getByRole('button', { name: 'Start now' }).waitFor();
  await shoot(popup, 'popup-scheduled');

  await popup.getByRole('tab', { name: 'Recent' }).click();
  await popup.getByRole('tabpanel', { name: 'Recent' }).getByText('Quarterly planning').waitFor();
  await shoot(popup, 'popup-recent');

  await popup.getByRole('tab', { name: 'Decode' }).click();
  await popup.getByRole('tabpanel').last().waitFor();
  await shoot(popup, 'popup-decode');

  if (!(await previewRestSignIn(sandbox.port, REST_ACCOUNT, shoot)))
    console.log(`\nThis build's popup has no "Sign in with Webex" yet: no REST screenshots.`);

  const page = await harness.context.newPage();
  await page.goto('https://acme.webex.com/acme/backurl-test.html?AT=LI&ST=FAIL&RS=AlreadyLogon');
  await page.locator('webex-result-panel').waitFor({ state: 'attached' });
  await page.getByRole('heading').first().waitFor();
  await shoot(page, 'page-explainer');

  console.log(
    `\nHeadless (no display): screenshots saved:\n${saved.map((p) => `  ${p}`).join('\n')}`,
  );
  await harness.close();
  await sandbox.close();
}
