import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { SANDBOX_ACCOUNTS } from '../../sandbox/accounts.ts';
import { startSandbox, type Sandbox } from '../../sandbox/index.ts';
import { fillSignInForm, signInForm, type Credentials } from '../flows';
import { launchExtension, type ExtensionHarness } from '../harness';

/**
 * The account's end-to-end set-up, shared by tests/e2e/account-*.e2e.ts: each file calls
 * `useAccount()` once and gets its own browser and sandbox.
 */

process.env.TZ = 'Europe/Berlin';

export const ALICE: Credentials = SANDBOX_ACCOUNTS.alice;
export const ERIN: Credentials = SANDBOX_ACCOUNTS.erin;
// A single-sign-on site: fran has no WebEx password, so this is what a host would try, her company one.
export const FRAN: Credentials = { site: 'ci', webExId: 'fran', password: 'company-password-7' };
export const TICKET_LIFETIME_MS = 5400 * 1000;

export interface AccountContext {
  readonly extension: ExtensionHarness;
  readonly sandbox: Sandbox;
}

let running: { sandbox?: Sandbox; extension?: ExtensionHarness } = {};

/** This file's browser and sandbox, once `useAccount()`'s beforeAll has started them. */
export const ctx: AccountContext = {
  get extension() {
    if (!running.extension) throw new Error('No browser: call useAccount() in the test file.');
    return running.extension;
  },
  get sandbox() {
    if (!running.sandbox) throw new Error('No sandbox: call useAccount() in the test file.');
    return running.sandbox;
  },
};

/**
 * Registers the hooks of an account test file: the production build and a sandbox with the
 * real clock; before each test a reset sandbox, every storage area cleared and no open page.
 */
export function useAccount(): AccountContext {
  beforeAll(async () => {
    // The real clock: tickets age as the extension's own clock says, until a test moves it.
    running.sandbox = await startSandbox({ port: 0, clock: 'real' });
    running.extension = await launchExtension({ sandboxPort: running.sandbox.port });
  });

  beforeEach(async () => {
    ctx.sandbox.reset();
    await ctx.extension.serviceWorker.evaluate(async () => {
      const { storage } = (
        globalThis as unknown as {
          chrome: { storage: Record<string, { clear(): Promise<void> }> };
        }
      ).chrome;
      await Promise.all(['local', 'session', 'sync'].map((area) => storage[area]!.clear()));
    });
    for (const page of ctx.extension.context.pages()) await page.close();
  });

  afterAll(async () => {
    await running.extension?.close();
    await running.sandbox?.close();
    running = {};
  });
  return ctx;
}

export async function openSignedOutOptions(): Promise<Page> {
  const page = await ctx.extension.openOptions();
  await signInForm(page).waitFor();
  return page;
}

export async function trySignIn(page: Page, credentials: Credentials) {
  const form = signInForm(page);
  await fillSignInForm(form, credentials);
  await form.getByRole('button', { name: 'Sign in' }).click();
  return form.getByRole('alert');
}

export function storedText(areas: object): string {
  return JSON.stringify(areas);
}
