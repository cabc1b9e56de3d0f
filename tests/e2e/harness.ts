import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { missingChromiumSentence, stopForMissing } from '../support/prerequisites.ts';

/** The production build; E2E_EXTENSION_DIR points at a private copy while other builds run. */
export const EXTENSION_DIR =
  process.env.E2E_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const ARTIFACTS_DIR = resolve(import.meta.dirname, 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Host names the sandbox answers for; Chromium resolves them to the sandbox's loopback port.
 * `webexapis.com` is the REST API and its sign-in (tests/sandbox/rest/).
 */
export const SANDBOX_HOSTS = ['*.webex.com', '*.example.test', 'webexapis.com'];

export interface ExtensionHarness {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  extensionUrl(path: string): string;
  /** The popup page in a tab, at the popup's real size. */
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  close(): Promise<void>;
}

/** A language the extension ships (locales/*.yml). */
export type UiLocale = 'en' | 'de' | 'ja';

/**
 * Flags from design.md: real host names mapped to the sandbox, nothing leaves the machine.
 * `--lang` picks the extension's messages (`_locales/<lang>`) as the browser's language does.
 */
export function chromiumArgs(
  sandboxPort: number,
  extensionDir = EXTENSION_DIR,
  locale: UiLocale = 'en',
): string[] {
  const rules = [
    ...SANDBOX_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${sandboxPort}`),
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
  ].join(', ');
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${locale}`,
  ];
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export async function launchExtension(options: {
  sandboxPort: number;
  headless?: boolean;
  extensionDir?: string;
  /** The browser's language, so the extension's; English unless a test says otherwise. */
  locale?: UiLocale;
  /**
   * Edits the profile before the browser the test uses starts: a first run installs the
   * extension and writes the profile, then closes so that this can change it.
   */
  prepareProfile?(profile: string, extensionId: string): void;
}): Promise<ExtensionHarness> {
  if (!existsSync(CHROMIUM)) {
    stopForMissing(missingChromiumSentence(CHROMIUM, Boolean(process.env.CHROMIUM_PATH)));
  }
  const profile = mkdtempSync(join(tmpdir(), 'whh-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: options.headless ?? true,
      args: chromiumArgs(options.sandboxPort, options.extensionDir, options.locale),
      viewport: { width: 1100, height: 800 },
    });
  if (options.prepareProfile) {
    const first = await launch();
    const firstId = new URL((await extensionWorker(first)).url()).host;
    await first.close();
    options.prepareProfile(profile, firstId);
  }
  const context = await launch();
  const serviceWorker = await extensionWorker(context);
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionUrl = (path: string) =>
    `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  async function openPage(path: string, viewport?: { width: number; height: number }) {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(extensionUrl(path));
    return page;
  }

  return {
    context,
    serviceWorker,
    extensionId,
    extensionUrl,
    openPopup: () => openPage('popup.html', { width: 400, height: 600 }),
    openOptions: () => openPage('options.html'),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Saves a full-page screenshot under tests/e2e/artifacts/ and returns its path (look at it).
 * The page is left scrolled where it was: Chromium's full-page capture (captureBeyondViewport)
 * leaves `scrollTop` reading the page's end while the page still shows the old position, and
 * the next focus change (a click's mousedown) snaps it back, so the click's mouseup lands up to
 * a screen away from its mousedown. Scrolling to the old position again brings both back in step.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  const scrolledTo = await page.evaluate(() => [scrollX, scrollY] as const);
  await page.screenshot({ path, fullPage: true });
  await page.evaluate(([x, y]) => {
    scrollTo(0, 0);
    scrollTo(x, y);
  }, scrolledTo);
  return path;
}
