import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { stopForMissing } from '../support/prerequisites.ts';
import { FIREFOX_ADDON_ID } from '../sandbox/rest/integration.ts';

/**
 * The production Firefox build in Debian's firefox-esr, driven by puppeteer-core over WebDriver
 * BiDi (design.md, "Testing against WebEx without WebEx"). Real host names reach the sandbox on
 * 127.0.0.1:443 through `network.dns.forceResolve`, so `https://acme.webex.com` is served as is
 * and host permissions and content-script matches apply exactly as in use.
 */

export const FIREFOX_EXTENSION_DIR =
  process.env.E2E_FIREFOX_EXTENSION_DIR ??
  resolve(import.meta.dirname, '../../.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../e2e/artifacts');
/** The add-on id of wxt.config.ts (browser_specific_settings.gecko.id). */
export const ADDON_ID = FIREFOX_ADDON_ID;
/** Pinned with `extensions.webextensions.uuids`, so extension pages have a known address. */
export const EXTENSION_UUID = '0c5f9a52-6b1e-4d7a-9e3f-2a8b7c1d4e60';

/** Firefox with the extension installed, and the raw BiDi session for what puppeteer lacks. */
export interface FirefoxHarness {
  browser: Browser;
  extensionUrl(path: string): string;
  /** An extension page in a new tab, once `ready` (a CSS selector) is on it. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  /** Every top-level navigation's URL since launch, as the network saw it, in order. */
  navigations: string[];
  close(): Promise<void>;
}

/** A WebDriver BiDi command, sent on puppeteer's own session (puppeteer has no API for it). */
export type BidiSend = (method: string, params: object) => Promise<{ result: unknown }>;

interface BidiSession {
  send: BidiSend;
  on(event: string, listener: (params: never) => void): void;
}

/** The BiDi session and browsing context id behind a puppeteer page (puppeteer internals). */
export function bidiOf(page: Page): { send: BidiSend; context: string; session: BidiSession } {
  const core = (
    page.mainFrame() as unknown as {
      browsingContext: { id: string; userContext: { browser: { session: BidiSession } } };
    }
  ).browsingContext;
  const session = core.userContext.browser.session;
  return { send: session.send.bind(session), context: core.id, session };
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  if (!existsSync(FIREFOX)) {
    stopForMissing(
      `Firefox ESR is missing: ${FIREFOX} does not exist; run \`node scripts/setup.mjs\` ` +
        "(it installs Debian's firefox-esr as root, or names the command) or set FIREFOX_PATH.",
    );
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    // Firefox's BiDi refuses to navigate a tab to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      'network.dns.forceResolve': '127.0.0.1',
      // Optional host permissions requested from a click are granted without Firefox's prompt
      // (which a headless browser cannot answer); the request itself runs as in use.
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.locale.requested': 'en-US',
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const extensionUrl = (path: string) =>
    `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  const navigations: string[] = [];
  const first = (await browser.pages())[0] ?? (await browser.newPage());
  bidiOf(first).session.on(
    'network.beforeRequestSent',
    (params: { navigation: string | null; request: { url: string } }) => {
      if (params.navigation) navigations.push(params.request.url);
    },
  );

  return {
    browser,
    extensionUrl,
    navigations,
    async openExtensionPage(path, ready) {
      // A tab whose realm BiDi lost for good (every poll a protocol error, seen in about one
      // run in three on 2026-12-01, before and after the same build) is closed and the page
      // opened again in a new one, twice at most; a page that shows but lacks `ready` fails.
      for (let attempt = 1; ; attempt++) {
        const page = await browser.newPage();
        await page.setViewport(
          path.startsWith('popup') ? { width: 380, height: 600 } : { width: 1100, height: 800 },
        );
        // The load finishes, but Firefox's BiDi never reports it for a moz-extension:// page
        // (design.md): wait for the page's content instead of the navigation.
        page.goto(extensionUrl(path)).catch(() => undefined);
        try {
          await waitThroughNavigation(page, ready, attempt < 3 ? 8_000 : 15_000);
          return page;
        } catch (error) {
          if (attempt === 3 || !isProtocolAbort(error)) throw error;
          console.warn(`${path}: BiDi lost the tab's realm (attempt ${attempt}); a new tab`);
          await page.close().catch(() => undefined);
        }
      }
    },
    close: () => browser.close(),
  };
}

/** Saves a screenshot under tests/e2e/artifacts/firefox-<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `firefox-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * `waitForSelector` over a page still navigating from about:blank to the extension page: a poll
 * that Firefox's BiDi aborts with a protocol error (the realm went away mid-evaluation) is asked
 * again in the new realm, until `timeoutMs` in all; any other failure is thrown.
 */
async function waitThroughNavigation(page: Page, selector: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await page.waitForSelector(selector, { timeout: Math.max(1, deadline - Date.now()) });
      return;
    } catch (error) {
      if (!isProtocolAbort(error) || Date.now() >= deadline) throw error;
    }
  }
}

/** A poll Firefox's BiDi aborted: its realm went away mid-evaluation. */
function isProtocolAbort(error: unknown): boolean {
  return causes(error).some((cause) => cause.name === 'ProtocolError');
}

/** An error and every `cause` behind it. */
function causes(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let at = error; at instanceof Error && chain.length < 10; at = at.cause) chain.push(at);
  return chain;
}
