import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { resultSummary } from '../../lib/explainer/result-summary';
import { explainResult, type ResultToExplain } from '../../lib/webex/rs-catalogue';
import { explainException } from '../../lib/webex/exception-catalogue';
import { parseBackUrlResult } from '../../lib/webex/url/back-url';
import { startSandbox, type Sandbox } from '../sandbox/index.ts';
import { SEED_RS_CODES_SEEN_WITH as SEEN_WITH, seedRsCodes } from '../unit/explainer/seed-rs-codes';
import { launchExtension, saveScreenshot, type ExtensionHarness } from './harness';

// Inside page.evaluate / serviceWorker.evaluate callbacks, which run in the browser.
declare const chrome: typeof extensionApi;

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const RECORDED = new URL('../../../shared/webex-reference/recorded/', import.meta.url);
const SITE = 'https://acme.webex.com';
const TEST_PAGE = `${SITE}/acme/backurl-test.html`;
const LANDING = `${SITE}/mywebex/default.do?siteurl=acme`;
const INTRANET = 'https://intranet.example.test';
const INTRANET_PAGE = `${INTRANET}/landing.html`;
const PANEL = 'webex-result-panel';
const PANEL_SCRIPT = '/content-scripts/result-panel.js';
const ALICE = { webExId: 'alice', password: 'correct-horse-1' };
/** Every element the panel renders; anything else in its shadow root would come from input. */
const PANEL_TAGS = new Set([
  'style',
  'div',
  'section',
  'p',
  'h2',
  'strong',
  'dl',
  'dt',
  'dd',
  'button',
]);

let sandbox: Sandbox;
let browser: ExtensionHarness;
let axeSource = '';

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

interface WatchedPage {
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
async function openWatched(url: string): Promise<WatchedPage> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const extensionWorlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${browser.extensionId}`)
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
async function afterIdleScripts(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function pageProbes(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __whhPanelStarts: number[]; __whhWindowMessages: unknown[] };
    return { panelStarts: w.__whhPanelStarts.length, messages: w.__whhWindowMessages };
  });
}

function resultUrl(base: string, query: string): string {
  return `${base}${base.includes('?') ? '&' : '?'}${query}`;
}

async function openResult(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator(`${PANEL} .headline`).waitFor();
  return page;
}

interface PanelView {
  headline: string;
  meaning: string;
  whenSeen: string | null;
  whatToDo: string;
  facts: string[];
  buttons: string[];
}

async function readPanel(page: Page): Promise<PanelView> {
  const panel = page.locator(PANEL);
  await panel.locator('.headline').waitFor();
  const whenSeen = panel.locator('.when-seen');
  return {
    headline: (await panel.locator('.headline').textContent()) ?? '',
    meaning: (await panel.locator('.meaning').textContent()) ?? '',
    whenSeen: (await whenSeen.count()) > 0 ? await whenSeen.textContent() : null,
    whatToDo: (await panel.locator('.what-to-do').textContent()) ?? '',
    facts: await panel.locator('.explained-fact').allTextContents(),
    buttons: await panel.getByRole('button').allTextContents(),
  };
}

function expectExplanation(view: PanelView, result: ResultToExplain) {
  const expected = explainResult(result);
  expect(view.headline).toBe(expected.headline);
  expect(view.meaning).toBe(expected.meaning);
  expect(view.whatToDo).toBe(`What to do: ${expected.action}`);
  expect(view.whenSeen).toBe(expected.whenSeen ? `When this happens: ${expected.whenSeen}` : null);
  return expected;
}

/** The tab id of a page, from the background's point of view. */
async function tabIdOf(page: Page): Promise<number> {
  const url = page.url();
  const id = await browser.serviceWorker.evaluate(async (target) => {
    const [tab] = await chrome.tabs.query({ url: target.split('#')[0] });
    return tab?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab for ${url}`);
  return id;
}

/**
 * Runs the panel bundle in the page as the background does and waits for its answer (the
 * browser waits for the bundle's promise): a deterministic point after which a panel that
 * decided to stay hidden will not appear.
 */
async function injectPanelAndWait(page: Page): Promise<unknown> {
  const tabId = await tabIdOf(page);
  return browser.serviceWorker.evaluate(
    async ({ tabId, file }) => {
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId },
        files: [file],
      });
      return injection?.result;
    },
    { tabId, file: PANEL_SCRIPT },
  );
}

/** The page as served (parsed by the page itself) against the page as it is now, outside the panel. */
async function pageAgainstSource(page: Page) {
  return page.evaluate(async (panelTag) => {
    const source = await (await fetch(location.href)).text();
    const served = new DOMParser().parseFromString(source, 'text/html');
    const tags = (root: ParentNode) =>
      [...root.querySelectorAll('*')]
        .map((element) => element.localName)
        .filter((tag) => tag !== panelTag);
    return {
      live: tags(document),
      served: tags(served),
      liveText: document.body.innerText.trim(),
      servedQuery: served.querySelector('#query')?.textContent ?? null,
      liveQuery: document.querySelector('#query')?.textContent ?? null,
      pwned: 'pwned' in window || '__pwned' in window,
      panels: document.querySelectorAll(panelTag).length,
      documentStyles: document.querySelectorAll('style[wxt-shadow-root-document-styles]').length,
      extensionResources: performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.startsWith('chrome-extension:')),
    };
  }, PANEL);
}

async function shadowTags(page: Page): Promise<string[]> {
  return page.evaluate(
    (panelTag) =>
      [...(document.querySelector(panelTag)?.shadowRoot?.querySelectorAll('*') ?? [])].map(
        (e) => e.localName,
      ),
    PANEL,
  );
}

async function runAxe(page: Page, context: unknown): Promise<unknown[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (include) => {
    const axe = (
      window as unknown as { axe: { run(c: unknown): Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(include)).violations;
  }, context);
}

async function screenshots(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await saveScreenshot(page, `explainer-${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Messages of lib/messaging.ts, sent from an extension page in the wire format of @webext-core/messaging. */
async function send(page: Page, type: string, data?: unknown): Promise<unknown> {
  const reply = await page.evaluate(
    ({ type, data }) => chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }),
    { type, data },
  );
  const { res, err } = reply as { res?: unknown; err?: unknown };
  if (err) throw new Error(`${type} failed: ${JSON.stringify(err)}`);
  return res;
}

async function registeredOrigins(): Promise<string[]> {
  return browser.serviceWorker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).flatMap(
      (script) => script.matches ?? [],
    ),
  );
}

async function hasIntranetPermission(): Promise<boolean> {
  return browser.serviceWorker.evaluate(
    (origin) => chrome.permissions.contains({ origins: [`${origin}/*`] }),
    INTRANET,
  );
}

beforeAll(async () => {
  axeSource = await readFile(AXE, 'utf8');
  sandbox = await startSandbox({ port: 0, clock: 'real' });
  browser = await launchWithEarlierGrant(sandbox.port, [`${INTRANET}/*`]);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE });
});

beforeEach(() => {
  sandbox.reset();
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

// Each code visited with the command the seed says returns it.
describe('every RS code of seed 004', () => {
  it('is the list the seed names', () => {
    expect(seedRsCodes()).toEqual(Object.keys(SEEN_WITH));
  });

  it.each(Object.entries(SEEN_WITH))(
    '%s (AT=%s) shows its explanation on the page',
    async (rs, at) => {
      const page = await openResult(resultUrl(TEST_PAGE, `AT=${at}&ST=FAIL&RS=${rs}`));
      const view = await readPanel(page);
      const expected = expectExplanation(view, { at, st: 'FAIL', rs });
      expect(expected.known).toBe(true);
      expect(view.facts).toContain(`Reason code (RS)${rs}`);
      expect(view.buttons.at(-1)).toBe('Dismiss');
      await page.close();
    },
  );

  it('codes match in any case (RS=accessdenied)', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'at=hm&st=fail&rs=accessdenied'));
    expectExplanation(await readPanel(page), { at: 'HM', st: 'FAIL', rs: 'AccessDenied' });
    await page.close();
  });
});

describe('outcomes and actions', () => {
  it('a successful sign-in says so, with the WebEx ID', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=LI&ST=SUCCESS&WID=alice'));
    const view = await readPanel(page);
    expectExplanation(view, { at: 'LI', st: 'SUCCESS', wid: 'alice' });
    expect(view.headline).toBe('Signed in');
    expect(view.buttons).toEqual(['Dismiss']);
    await page.close();
  });

  it('a scheduled meeting (SM with MK) offers to start it', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=SM&ST=SUCCESS&MK=123456789'));
    const view = await readPanel(page);
    expectExplanation(view, { at: 'SM', st: 'SUCCESS', mk: '123456789' });
    expect(view.headline).toBe('Meeting 123 456 789 scheduled');
    expect(view.buttons).toEqual(['Start the meeting', 'Copy details', 'Dismiss']);
    await page.close();
  });

  it('an unknown RS gets the general explanation, with the code shown as text', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=JM&ST=FAIL&RS=QuantumFluxDetected'));
    const view = await readPanel(page);
    const expected = expectExplanation(view, { at: 'JM', st: 'FAIL', rs: 'QuantumFluxDetected' });
    expect(expected.known).toBe(false);
    expect(view.meaning).toContain('"QuantumFluxDetected"');
    expect(view.facts).toContain('Reason code (RS)QuantumFluxDetected');
    await page.close();
  });

  it('the site landing page (where Start and Join end) explains the outcome', async () => {
    const page = await openResult(resultUrl(LANDING, 'AT=HM&ST=SUCCESS&MK=123456789'));
    const view = await readPanel(page);
    expectExplanation(view, { at: 'HM', st: 'SUCCESS', mk: '123456789' });
    expect(view.headline).toBe('Meeting 123 456 789 started');
    await screenshots(page, 'landing-hm-success');
    await page.close();
  });

  it('copy details puts a plain-text summary on the clipboard', async () => {
    const url = resultUrl(TEST_PAGE, 'AT=JM&ST=FAIL&RS=InvalidMeetingKeyOrPassword&MK=987654321');
    const page = await openResult(url);
    await page.locator(PANEL).getByRole('button', { name: 'Copy details' }).click();
    await expect
      .poll(() => page.locator(`${PANEL} .status`).textContent())
      .toMatch(/^Copied the details/);
    const result = parseBackUrlResult(url)!;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      resultSummary(result, explainResult(result), url),
    );
    await page.close();
  });

  it('sign in again opens the options page', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=LI&ST=FAIL&RS=BadWebExIDorPassword'));
    const opened = browser.context.waitForEvent('page', (p) => p.url().endsWith('/options.html'));
    await page.locator(PANEL).getByRole('button', { name: 'Sign in again' }).click();
    const options = await opened;
    expect(options.url()).toBe(browser.extensionUrl('options.html'));
    await expect
      .poll(() => page.locator(`${PANEL} .status`).textContent())
      .toBe("Opened WebEx Host Helper's options in a new tab: sign in there, then try again.");
    await options.close();
    await page.close();
  });

  it('open the extension opens the popup, or the options page where the browser refuses', async () => {
    const page = await openResult(
      resultUrl(TEST_PAGE, 'AT=SM&ST=FAIL&RS=TheDurationIsExceedTheMaxDuration'),
    );
    await page.locator(PANEL).getByRole('button', { name: 'Open WebEx Host Helper' }).click();
    const status = page.locator(`${PANEL} .status`);
    await expect.poll(() => status.textContent()).toMatch(/^Opened /);
    const extensionPages = () =>
      browser.context
        .pages()
        .map((p) => p.url())
        .filter((url) => url.startsWith('chrome-extension:'));
    if ((await status.textContent())?.includes('options')) {
      await expect.poll(extensionPages).toContain(browser.extensionUrl('options.html'));
    } else {
      expect(await status.textContent()).toBe('Opened the WebEx Host Helper popup.');
    }
    for (const other of browser.context.pages()) {
      if (other.url().startsWith('chrome-extension:')) await other.close();
    }
    await page.close();
  });

  it('log out and retry (AlreadyLogon) signs out of the site and comes back to the page', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=LI&ST=FAIL&RS=AlreadyLogon'));
    await page.locator(PANEL).getByRole('button', { name: 'Log out and retry' }).click();
    await page.waitForURL(`${TEST_PAGE}?AT=LO&ST=SUCCESS`);
    expect((await readPanel(page)).headline).toBe('Signed out');
    await page.close();
  });

  it('a Start from the extension ends on the landing page, explained', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await send(popup, 'signIn', { siteInput: 'acme', ...ALICE, keepSignedIn: false });
    const scheduled = (await send(popup, 'scheduleMeeting', {
      requestId: `explainer-${Date.now()}`,
      request: {
        topic: 'Explainer flow',
        startsAt: Date.now() + 3_600_000,
        timeZone: 'Europe/Berlin',
        durationMinutes: 30,
        invitees: [],
      },
    })) as { ok: boolean; value?: { requestId: string } };
    expect(scheduled.ok).toBe(true);
    await expect
      .poll(async () => ((await send(popup, 'getLastScheduleJob')) as { state: string }).state)
      .toBe('done');
    const job = (await send(popup, 'getLastScheduleJob')) as { meeting: { meetingKey: string } };
    const meetingKey = job.meeting.meetingKey;

    // WebEx's answer to a scheduling command, where "Start the meeting" fits.
    const page = await openResult(resultUrl(TEST_PAGE, `AT=SM&ST=SUCCESS&MK=${meetingKey}`));
    const started = browser.context.waitForEvent('page');
    await page.locator(PANEL).getByRole('button', { name: 'Start the meeting' }).click();
    const startTab = await started;
    await startTab.waitForURL(/\/mywebex\/default\.do\?siteurl=acme&AT=HM&ST=SUCCESS/);
    const view = await readPanel(startTab);
    expectExplanation(view, parseBackUrlResult(startTab.url())!);
    expect(view.headline).toMatch(/started/);
    expect(await page.locator(`${PANEL} .status`).textContent()).toMatch(
      /^Starting meeting [\d ]+ in a new tab\.$/,
    );
    await send(popup, 'signOut');
    await Promise.all([startTab.close(), page.close(), popup.close()]);
  });
});

describe('the panel in the page', () => {
  it('is keyboard accessible: Tab reaches its buttons with a visible focus, Escape dismisses', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=HM&ST=FAIL&RS=AccessDenied'));
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate((panelTag) => {
        const active = document.querySelector(panelTag)?.shadowRoot
          ?.activeElement as HTMLElement | null;
        return active
          ? {
              text: active.textContent,
              outline: getComputedStyle(active).outlineStyle,
              host: document.activeElement?.localName,
            }
          : null;
      }, PANEL);
    expect(await focused()).toEqual({ text: 'Sign in again', outline: 'solid', host: PANEL });
    await page.keyboard.press('Tab');
    expect((await focused())?.text).toBe('Dismiss');
    await page.keyboard.press('Escape');
    await page.locator(PANEL).waitFor({ state: 'detached' });
    await page.close();
  });

  it('keeps the page usable: its content stays visible and reachable below the panel', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=LI&ST=FAIL&RS=AccessDenied'));
    const heading = page.getByRole('heading', { name: 'Back URL test - acme' });
    const box = (await heading.boundingBox())!;
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
      x: box.x + 5,
      y: box.y + box.height / 2,
    });
    expect(hit).toBe('h1');
    const panelBox = (await page.locator(PANEL).boundingBox())!;
    expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(box.y);
    await page.close();
  });

  it('clicks from page scripts do nothing; the host’s own click dismisses', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=LI&ST=FAIL&RS=AccessDenied'));
    await page.evaluate((panelTag) => {
      const dismiss = document
        .querySelector(panelTag)
        ?.shadowRoot?.querySelector<HTMLButtonElement>('[data-action="dismiss"]');
      dismiss?.click();
    }, PANEL);
    expect(await page.locator(PANEL).count()).toBe(1);
    await page.locator(PANEL).getByRole('button', { name: 'Dismiss' }).click();
    await page.locator(PANEL).waitFor({ state: 'detached' });
    await page.close();
  });

  it('once dismissed, a reload does not bring it back; a new visit (a new attempt) does', async () => {
    const url = resultUrl(TEST_PAGE, 'AT=JM&ST=FAIL&RS=MeetingLocked&MK=111222333');
    const page = await openResult(url);
    await page.locator(PANEL).getByRole('button', { name: 'Dismiss' }).click();
    await page.locator(PANEL).waitFor({ state: 'detached' });

    await page.reload();
    expect(await injectPanelAndWait(page)).toBe(false);
    expect(await page.locator(PANEL).count()).toBe(0);

    await page.goto(url);
    await page.locator(`${PANEL} .headline`).waitFor();
    await page.close();
  });

  it('has no accessibility violations, light and dark', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=SM&ST=SUCCESS&MK=123456789'));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await runAxe(page, { include: [[PANEL]] }), colorScheme).toEqual([]);
    }
    await page.goto(resultUrl(TEST_PAGE, 'AT=LI&ST=FAIL&RS=AlreadyLogon'));
    await page.locator(`${PANEL} .headline`).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await runAxe(page, { include: [[PANEL]] }), colorScheme).toEqual([]);
    }
    await screenshots(page, 'test-page-already-logon');
    await page.close();
  });

  it('follows the theme chosen in Options', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const original = await options.evaluate(
      async () => (await chrome.storage.local.get('settings')).settings,
    );
    const setTheme = (theme: string) =>
      options.evaluate(
        async ({ value, base }) => {
          await chrome.storage.local.set({ settings: { ...(base ?? {}), theme: value } });
        },
        { value: theme, base: original as Record<string, unknown> | undefined },
      );
    await setTheme('dark');
    const page = await openResult(
      resultUrl(TEST_PAGE, 'AT=IM&ST=FAIL&RS=SiteDoNotSupportThisMeetingType'),
    );
    const background = () =>
      page.evaluate((panelTag) => {
        const panel = document.querySelector(panelTag)?.shadowRoot?.querySelector('.panel');
        return panel ? getComputedStyle(panel).backgroundColor : null;
      }, PANEL);
    expect(await background()).toBe('rgb(22, 27, 34)');
    await setTheme('system');
    await page.reload();
    await page.locator(`${PANEL} .headline`).waitFor();
    expect(await background()).toBe('rgb(255, 255, 255)');
    await options.evaluate(async (value) => {
      if (value === undefined) await chrome.storage.local.remove('settings');
      else await chrome.storage.local.set({ settings: value });
    }, original);
    await Promise.all([page.close(), options.close()]);
  });
});

describe('pages without a result', () => {
  it.each([
    ['the test page', `${TEST_PAGE}?course=7&state=open`],
    ['the landing page', LANDING],
  ])(
    '%s gets no panel and no injected DOM: the detector runs, decides from the address, stops',
    async (_name, url) => {
      const { page, extensionWorlds, afterWorldScript } = await openWatched(url);
      await expect.poll(() => extensionWorlds.length).toBe(1);
      await afterWorldScript(extensionWorlds[0]!);
      const state = await pageAgainstSource(page);
      expect(state.live).toEqual(state.served);
      expect(state.panels).toBe(0);
      expect(state.documentStyles).toBe(0);
      expect(state.extensionResources).toEqual([]);
      // The panel bundle was never injected, and nothing was posted to the page.
      expect(await pageProbes(page)).toEqual({ panelStarts: 0, messages: [] });
      await page.close();
    },
  );
});

describe('hostile input stays inert text', () => {
  const LONG = 'A'.repeat(100_000);
  const IMG = '<img src=x onerror=window.__pwned=1>';
  const cases: { name: string; query: string; panel: boolean; shows?: string }[] = [
    {
      name: 'markup in RS',
      query: `AT=LI&ST=FAIL&RS=${encodeURIComponent(IMG)}`,
      panel: true,
      shows: IMG,
    },
    { name: 'raw markup in RS', query: `AT=LI&ST=FAIL&RS=${IMG}`, panel: true, shows: IMG },
    {
      name: 'a script in AT',
      query: `AT=${encodeURIComponent('<script>window.__pwned=1</script>')}&ST=FAIL&RS=AccessDenied`,
      panel: false,
    },
    {
      name: 'an attribute breakout in MK',
      query: `AT=SM&ST=SUCCESS&MK=${encodeURIComponent('"><svg onload=window.__pwned=1>')}`,
      panel: true,
      shows: '"><svg onload=window.__pwned=1>',
    },
    {
      name: 'a double-encoded payload in RS',
      query: `AT=JM&ST=FAIL&RS=${encodeURIComponent(encodeURIComponent(IMG))}`,
      panel: true,
      shows: IMG,
    },
    // Servers refuse request lines that long (Node: 16 kB), so 12 kB goes in the query and
    // 100 kB in a fragment route, which the parser reads as well.
    {
      name: 'a 12 kB RS',
      query: `AT=LI&ST=FAIL&RS=${'B'.repeat(12_000)}${encodeURIComponent(IMG)}`,
      panel: true,
      shows: 'B'.repeat(200),
    },
    {
      name: 'a 100 kB RS in a fragment route',
      query: `AT=LI&ST=FAIL#/x?RS=${LONG}${encodeURIComponent(IMG)}`,
      panel: true,
      shows: 'A'.repeat(200),
    },
    {
      name: 'repeated parameters (the first wins)',
      query: `AT=LI&ST=FAIL&RS=AccessDenied&RS=${encodeURIComponent(IMG)}&AT=HM&ST=SUCCESS`,
      panel: true,
    },
    { name: 'malformed percent-encoding', query: 'AT=LI&ST=FAIL&RS=%E0%A4%A%ZZ%', panel: true },
    {
      name: 'a javascript: URL as MK',
      query: 'AT=SM&ST=SUCCESS&MK=javascript:window.__pwned=1',
      panel: true,
    },
  ];

  it.each(cases)('$name', async ({ query, panel, shows }) => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(resultUrl(TEST_PAGE, query));
    if (panel) {
      await page.locator(`${PANEL} .headline`).waitFor();
      const text = (await page.locator(PANEL).locator('.panel').textContent()) ?? '';
      if (shows) expect(text).toContain(shows);
      // Only the panel's own elements: nothing from the URL became markup.
      expect((await shadowTags(page)).filter((tag) => !PANEL_TAGS.has(tag))).toEqual([]);
    } else {
      expect(await injectPanelAndWait(page)).toBe(false);
    }
    const state = await pageAgainstSource(page);
    expect(state.pwned).toBe(false);
    expect(state.live).toEqual(state.served);
    expect(state.liveQuery).toBe(state.servedQuery);
    expect(state.panels).toBe(panel ? 1 : 0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('an origin the host adds in Options', () => {
  const intranetResult = resultUrl(
    INTRANET_PAGE,
    'AT=JM&ST=FAIL&RS=MeetingNotInProgress&MK=123456789',
  );

  async function addInOptions(options: Page) {
    await options.getByLabel('Page address').fill(`${INTRANET_PAGE}?from=options`);
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options
      .getByText(`Results on ${INTRANET} will be explained from the next page load.`)
      .waitFor();
  }

  it('explains results there once granted, and stops when removed', async () => {
    // Before: no permission, no registered script, so nothing of the extension can run there.
    expect(await hasIntranetPermission()).toBe(false);
    expect(await registeredOrigins()).toEqual([]);
    const before = await openWatched(intranetResult);
    await afterIdleScripts(before.page);
    expect(before.extensionWorlds).toEqual([]);
    expect(await before.page.locator(PANEL).count()).toBe(0);
    await before.page.close();

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await addInOptions(options);
    expect(await hasIntranetPermission()).toBe(true);
    expect(await registeredOrigins()).toEqual([`${INTRANET}/*`]);
    await options.getByRole('listitem').filter({ hasText: INTRANET }).waitFor();
    await saveScreenshot(options, 'explainer-options-origins');
    expect(await runAxe(options, { include: [['.result-origins']] })).toEqual([]);

    const page = await openResult(intranetResult);
    const view = await readPanel(page);
    expectExplanation(view, { at: 'JM', st: 'FAIL', rs: 'MeetingNotInProgress', mk: '123456789' });
    expect(view.buttons).toEqual(['Start the meeting', 'Dismiss']);
    await screenshots(page, 'intranet-meeting-not-in-progress');
    await page.close();

    await options.getByRole('button', { name: `Remove ${INTRANET}` }).click();
    await options.getByText(`Results on ${INTRANET} are no longer explained`).waitFor();
    expect(await hasIntranetPermission()).toBe(false);
    expect(await registeredOrigins()).toEqual([]);
    const after = await openWatched(intranetResult);
    await afterIdleScripts(after.page);
    expect(after.extensionWorlds).toEqual([]);
    expect(await after.page.locator(PANEL).count()).toBe(0);
    await after.page.close();
    await options.close();
  });

  it('stops when the permission is revoked elsewhere (browser settings)', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await addInOptions(options);
    expect(await registeredOrigins()).toEqual([`${INTRANET}/*`]);

    await browser.serviceWorker.evaluate(
      (origin) => chrome.permissions.remove({ origins: [`${origin}/*`] }),
      INTRANET,
    );
    await expect.poll(registeredOrigins).toEqual([]);
    await options.reload();
    await options.getByText('No other pages added.').waitFor();
    await options.close();
  });

  it('refuses WebEx pages (always covered) and says why', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByLabel('Page address').fill(TEST_PAGE);
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toBe('WebEx pages are always covered: there is no need to add them.');
    expect(await options.getByLabel('Page address').getAttribute('aria-invalid')).toBe('true');
    await options.close();
  });
});

describe('the Decode view in the popup', () => {
  async function openDecode(): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.getByRole('tab', { name: 'Decode' }).click();
    await popup.getByLabel('Back URL or XML API response').waitFor();
    return popup;
  }

  it('explains a pasted back URL like the panel does', async () => {
    const popup = await openDecode();
    const url = resultUrl(TEST_PAGE, 'AT=LI&ST=FAIL&RS=AlreadyLogon');
    await popup.getByLabel('Back URL or XML API response').fill(url);
    await popup.getByRole('button', { name: 'Explain' }).click();
    const expected = explainResult({ at: 'LI', st: 'FAIL', rs: 'AlreadyLogon' });
    await expect
      .poll(() => popup.locator('.decode-card .headline').textContent())
      .toBe(expected.headline);
    expect(await popup.locator('.decode-card .meaning').textContent()).toBe(expected.meaning);
    await screenshots(popup, 'decode-back-url');
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      expect(await runAxe(popup, { include: [['.decode-view']] }), colorScheme).toEqual([]);
    }
    await popup.close();
  });

  it('explains a FAILURE XML response through its exceptionID', async () => {
    const popup = await openDecode();
    const xml = await readFile(new URL('user_get_user_response_bad.xml', RECORDED), 'utf8');
    await popup.getByLabel('Back URL or XML API response').fill(xml);
    await popup.getByRole('button', { name: 'Explain' }).click();
    const expected = explainException('030047');
    await expect
      .poll(() => popup.locator('.decode-card .headline').textContent())
      .toBe(expected.title);
    expect(await popup.locator('.decode-card .explained-facts').textContent()).toContain(
      'exceptionID030047',
    );
    expect(await popup.locator('.decode-card .explained-facts').textContent()).toContain(
      'WebEx saidNot a valid session ticket',
    );
    await screenshots(popup, 'decode-xml-failure');
    expect(await runAxe(popup, { include: [['.decode-view']] })).toEqual([]);
    await popup.close();
  });
});
