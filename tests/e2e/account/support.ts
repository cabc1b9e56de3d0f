import type { Page } from 'playwright-core';
import { SANDBOX_ACCOUNTS } from '../../sandbox/accounts.ts';
import { fillSignInForm, olderSignInForm, signInForm, type Credentials } from '../flows';
import { launchExtension } from '../harness';
import { useExtensionAndSandbox, type E2eContext } from '../lifecycle';

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

/** The account tests' browser and sandbox (see useAccount). */
export type AccountContext = E2eContext;

/**
 * Registers the hooks of an account test file: the production build and a sandbox with the
 * real clock; before each test a reset sandbox, every storage area cleared and no open page.
 */
export function useAccount(): AccountContext {
  ctx = useExtensionAndSandbox({
    launch: (sandbox) => launchExtension({ sandboxPort: sandbox.port }),
    async beforeEachTest({ extension }) {
      await extension.serviceWorker.evaluate(async () => {
        const { storage } = (
          globalThis as unknown as {
            chrome: { storage: Record<string, { clear(): Promise<void> }> };
          }
        ).chrome;
        await Promise.all(['local', 'session', 'sync'].map((area) => storage[area]!.clear()));
      });
      for (const page of extension.context.pages()) await page.close();
    },
  });
  return ctx;
}

/** This file's context, once useAccount() has registered it. */
let ctx: AccountContext;

export async function openSignedOutOptions(): Promise<Page> {
  const page = await ctx.extension.openOptions();
  await olderSignInForm(page);
  return page;
}

export async function trySignIn(page: Page, credentials: Credentials) {
  const form = signInForm(page);
  await fillSignInForm(form, credentials);
  await form.getByRole('button', { name: 'Sign in', exact: true }).click();
  return form.getByRole('alert');
}

export function storedText(areas: object): string {
  return JSON.stringify(areas);
}
