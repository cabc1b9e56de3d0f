import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { ProtocolMap } from '../../lib/messaging';
import type { Messages } from '../support/messages';
import type { ExtensionHarness } from './harness';

/** Shared end-to-end steps for the account; the popup and options tests both use them. */

export interface Credentials {
  /** As the host types it: `acme`, or an https address. */
  site: string;
  webExId: string;
  password: string;
  keepSignedIn?: boolean;
}

/** The sign-in form (components/SignInForm.tsx) wherever it is rendered. */
export function signInForm(page: Page): Locator {
  return page.locator('form').filter({ has: page.getByLabel('WebEx site') });
}

/**
 * The WebEx ID form, shown: it sits behind "Older site: WebEx ID and password" (open already
 * for a host who last signed in with a WebEx ID), under "Sign in with Webex".
 */
export async function olderSignInForm(page: Page): Promise<Locator> {
  const summary = page.locator('details.older-sign-in > summary');
  await summary.waitFor();
  const form = signInForm(page);
  if (!(await form.isVisible())) await summary.click();
  await form.waitFor();
  return form;
}

export async function fillSignInForm(form: Locator, credentials: Credentials): Promise<void> {
  await form.getByLabel('WebEx site').fill(credentials.site);
  await form.getByLabel('WebEx ID or email').fill(credentials.webExId);
  await form.getByLabel('Password', { exact: true }).fill(credentials.password);
  // One box for both ways of signing in, beside the form rather than in it.
  await form
    .page()
    .getByLabel('Keep me signed in on this device')
    .setChecked(credentials.keepSignedIn ?? false);
}

/**
 * Submits the sign-in form and waits until it is gone (signed in). Throws with the shown error
 * when the sign-in fails, so that a test failure says why.
 */
export async function submitSignIn(page: Page, credentials: Credentials): Promise<void> {
  const form = signInForm(page);
  await fillSignInForm(form, credentials);
  await form.getByRole('button', { name: 'Sign in', exact: true }).click();
  const alert = form.getByRole('alert');
  const outcome = await Promise.race([
    form.waitFor({ state: 'detached' }).then(
      () => 'signed-in' as const,
      () => 'timeout' as const,
    ),
    alert.waitFor().then(
      () => 'error' as const,
      () => 'timeout' as const,
    ),
  ]);
  if (outcome === 'error') throw new Error(`Sign-in failed: ${await alert.innerText()}`);
  if (outcome === 'timeout') throw new Error('Sign-in neither finished nor showed an error.');
}

/** Opens the options page, signs in there and returns the page, showing "Signed in as". */
export async function signInThroughOptions(
  harness: ExtensionHarness,
  credentials: Credentials,
): Promise<Page> {
  const page = await harness.openOptions();
  await olderSignInForm(page);
  await submitSignIn(page, credentials);
  await page.getByText('Signed in as').waitFor();
  return page;
}

/**
 * Signs in with the WebEx ID form of the open, signed-out popup `page`, finding each part by
 * its words in the popup's language (`m`, that locale's messages); answers once the schedule
 * form is there.
 */
export async function signInInLanguage(
  page: Page,
  m: Messages,
  credentials: Pick<Credentials, 'webExId' | 'password'>,
): Promise<void> {
  await page.getByRole('button', { name: m('signIn.webex.button'), exact: true }).waitFor();
  const site = page.getByLabel(m('signIn.site'));
  if (!(await site.isVisible())) await page.getByText(m('signIn.older.summary')).click();
  await site.fill('acme');
  await page.getByLabel(m('signIn.webExId')).fill(credentials.webExId);
  await page.getByLabel(m('signIn.password'), { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: m('signIn.submit'), exact: true }).click();
  await page.locator('form[data-ready]').waitFor();
}

/** Signs in with the form the popup shows when signed out. `page` is the open popup. */
export async function signInThroughPopup(page: Page, credentials: Credentials): Promise<void> {
  await olderSignInForm(page);
  await submitSignIn(page, credentials);
}

export interface StorageAreas {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  sync: Record<string, unknown>;
}

/** Every storage area, read in the service worker (where session storage is visible). */
export async function readAllStorage(harness: ExtensionHarness): Promise<StorageAreas> {
  return harness.serviceWorker.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const { storage } = (globalThis as unknown as { chrome: { storage: Record<string, Area> } })
      .chrome;
    const [local, session, sync] = await Promise.all(
      ['local', 'session', 'sync'].map((name) => storage[name]!.get(null)),
    );
    return { local: local!, session: session!, sync: sync! };
  });
}

/**
 * Sends one protocol message (lib/messaging.ts) from an extension page, as the popup would,
 * for tests of the background that need no popup UI. Uses @webext-core/messaging's format.
 */
export async function sendProtocolMessage<K extends keyof ProtocolMap>(
  page: Page,
  type: K,
  data?: GetDataType<ProtocolMap[K]>,
): Promise<GetReturnType<ProtocolMap[K]>> {
  const reply = await page.evaluate(
    async ({ type, data }) => {
      const runtime = (
        globalThis as unknown as {
          chrome: {
            runtime: { sendMessage(message: unknown): Promise<{ res?: unknown; err?: unknown }> };
          };
        }
      ).chrome.runtime;
      return runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() });
    },
    { type, data },
  );
  if (!reply || reply.err !== undefined)
    throw new Error(`${type} failed: ${JSON.stringify(reply?.err)}`);
  return reply.res as GetReturnType<ProtocolMap[K]>;
}

/** Where the Webex sign-in page lives (the sandbox's stand-in in tests, tests/sandbox/rest/). */
export const WEBEX_AUTHORIZE_URL = 'https://webexapis.com/v1/authorize';

/** A Webex (REST) person as the sign-in page asks for them: `SANDBOX_REST_ACCOUNTS.gina`. */
export interface WebexAccount {
  email: string;
  password: string;
}

/**
 * Plays the host in the window `identity.launchWebAuthFlow` opens: waits (up to `timeout` ms)
 * for the Webex sign-in page as a page of `context` (one already open counts), types the
 * account's email and password when the page asks for them (no Webex session yet), runs
 * `beforeAccept` (a screenshot, say) and presses Accept. Resolves with the page once Accept is
 * pressed: the stand-in then redirects to `https://<extension id>.chromiumapp.org/`, which
 * launchWebAuthFlow catches, and the browser closes the page itself, so nothing here waits for
 * that navigation.
 */
export async function approveWebexSignIn(
  context: BrowserContext,
  account: WebexAccount,
  options: { timeout?: number; beforeAccept?(page: Page): Promise<unknown> } = {},
): Promise<Page> {
  const timeout = options.timeout ?? 20_000;
  const isSignIn = (page: Page) => page.url().startsWith(WEBEX_AUTHORIZE_URL);
  const page =
    context.pages().find(isSignIn) ??
    (await context.waitForEvent('page', { predicate: isSignIn, timeout }));
  const form = page.getByRole('form', { name: 'Sign in with Webex' });
  await form.waitFor({ timeout });
  const email = form.getByLabel('Email address');
  if ((await email.count()) > 0) {
    await email.fill(account.email);
    await form.getByLabel('Password').fill(account.password);
  }
  await options.beforeAccept?.(page);
  await form.getByRole('button', { name: 'Accept' }).click({ noWaitAfter: true });
  return page;
}
