import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import { SANDBOX_ACCOUNTS } from '../../sandbox/accounts.ts';
import { launchExtension, saveScreenshot, type ExtensionHarness } from '../harness';
import { useExtensionAndSandbox, type E2eContext } from '../lifecycle';
import { PANEL, waitForPanel } from './closed-panel';

export { PANEL };

/**
 * The explainer's end-to-end set-up, shared by tests/e2e/explainer-*.e2e.ts: each file calls
 * `useExplainer()` once and gets its own browser and sandbox. Page helpers are in ./panel.ts.
 */

// Inside page.evaluate / serviceWorker.evaluate callbacks, which run in the browser.
declare const chrome: typeof extensionApi;

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const SITE = 'https://acme.webex.com';
export const TEST_PAGE = `${SITE}/acme/backurl-test.html`;
export const LANDING = `${SITE}/mywebex/default.do?siteurl=acme`;
export const INTRANET = 'https://intranet.example.test';
export const INTRANET_PAGE = `${INTRANET}/landing.html`;
export const PANEL_SCRIPT = '/content-scripts/result-panel.js';
const { webExId, password } = SANDBOX_ACCOUNTS.alice;
export const ALICE = { webExId, password };

/** The explainer tests' browser and sandbox (see useExplainer). */
export type ExplainerContext = E2eContext;

/** This file's context, once useExplainer() has registered it. */
export let ctx: ExplainerContext;
let axeSource = '';

/**
 * Registers the hooks of an explainer test file: the production build in a profile with an
 * earlier intranet grant (see launchWithEarlierGrant), a sandbox with the real clock, reset
 * before each test, both closed after the file.
 */
export function useExplainer(): ExplainerContext {
  ctx = useExtensionAndSandbox({
    async launch(sandbox) {
      axeSource = await readFile(AXE, 'utf8');
      const extension = await launchWithEarlierGrant(sandbox.port, [`${INTRANET}/*`]);
      await extension.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: SITE,
      });
      return extension;
    },
  });
  return ctx;
}

/**
 * The production build in Chromium, in a profile where the host once allowed the intranet
 * origin and later gave it back (Chrome's "runtime granted" permissions). Chromium's own
 * permission dialog cannot be answered in headless mode; with that earlier grant on record,
 * `permissions.request` from the options page grants the origin for real without showing it
 * (permissions_api.cc: already-granted permissions are not prompted for). Everything else,
 * the click, the request, the grant, the registration, runs as in use.
 */
async function launchWithEarlierGrant(
  sandboxPort: number,
  origins: string[],
): Promise<ExtensionHarness> {
  const extension = await launchExtension({
    sandboxPort,
    prepareProfile(profile, extensionId) {
      const preferencesFile = join(profile, 'Default', 'Preferences');
      const preferences = JSON.parse(readFileSync(preferencesFile, 'utf8'));
      preferences.extensions.settings[extensionId].runtime_granted_permissions = {
        api: [],
        explicit_host: origins,
        manifest_permissions: [],
        scriptable_host: [],
      };
      writeFileSync(preferencesFile, JSON.stringify(preferences));
    },
  });
  // Main-world probes: the panel bundle's WXT start-up event (extension id in its name) and any
  // window message, so a test can tell that the panel was never injected and nothing was posted.
  await extension.context.addInitScript((id: string) => {
    const panelStarts: number[] = [];
    const messages: unknown[] = [];
    Object.assign(window, { __whhPanelStarts: panelStarts, __whhWindowMessages: messages });
    document.addEventListener(`${id}:result-panel:wxt:content-script-started`, () =>
      panelStarts.push(1),
    );
    window.addEventListener('message', (event) => messages.push(event.data));
  }, extension.extensionId);
  return extension;
}

export interface WatchedPage {
  page: Page;
  /** Execution contexts of this extension's isolated world (content scripts) created so far. */
  extensionWorlds: number[];
  /** Resolves once the script that created the world has finished its synchronous run. */
  afterWorldScript(world: number): Promise<void>;
}

/**
 * Opens a page and watches, through DevTools, for this extension's content-script world: the
 * detector leaves no trace in the page by design, so this is how a test sees that it ran.
 */
export async function openWatched(url: string): Promise<WatchedPage> {
  const page = await ctx.extension.context.newPage();
  const cdp = await ctx.extension.context.newCDPSession(page);
  const extensionWorlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${ctx.extension.extensionId}`)
      extensionWorlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url);
  return {
    page,
    extensionWorlds,
    async afterWorldScript(world) {
      // Evaluated in that world after the task that injected the script: it has run by then.
      await cdp.send('Runtime.evaluate', { contextId: world, expression: '0' });
    },
  };
}

/** After the load event and one more task, document_idle scripts have been injected. */
export async function afterIdleScripts(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

export async function pageProbes(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __whhPanelStarts: number[]; __whhWindowMessages: unknown[] };
    return { panelStarts: w.__whhPanelStarts.length, messages: w.__whhWindowMessages };
  });
}

export function resultUrl(base: string, query: string): string {
  return `${base}${base.includes('?') ? '&' : '?'}${query}`;
}

export async function openResult(url: string): Promise<Page> {
  const page = await ctx.extension.context.newPage();
  await page.goto(url);
  await waitForPanel(page);
  return page;
}

export async function runAxe(page: Page, context: unknown): Promise<unknown[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (include) => {
    const axe = (
      window as unknown as { axe: { run(c: unknown): Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(include)).violations;
  }, context);
}

export async function screenshots(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await saveScreenshot(page, `explainer-${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Messages of lib/messaging.ts, sent from an extension page in the wire format of @webext-core/messaging. */
export async function send(page: Page, type: string, data?: unknown): Promise<unknown> {
  const reply = await page.evaluate(
    ({ type, data }) => chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }),
    { type, data },
  );
  const { res, err } = reply as { res?: unknown; err?: unknown };
  if (err) throw new Error(`${type} failed: ${JSON.stringify(err)}`);
  return res;
}

export async function registeredOrigins(): Promise<string[]> {
  return ctx.extension.serviceWorker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).flatMap(
      (script) => script.matches ?? [],
    ),
  );
}

export async function hasIntranetPermission(): Promise<boolean> {
  return ctx.extension.serviceWorker.evaluate(
    (origin) => chrome.permissions.contains({ origins: [`${origin}/*`] }),
    INTRANET,
  );
}
