// How fast the popup opens against a blank extension page holding one input
// (public/blank.html): time from navigation start until the first enabled input the host can
// type in is in the page, production build in Chromium, signed in to the local sandbox. The
// popup is the page the toolbar button opens (`action.getPopup`): for a signed-in host, a page
// whose HTML holds the form's first field (lib/popup-page.ts, lib/popup-shell.ts). The time
// until the app itself has rendered its form (`form[data-ready] input:enabled`) is printed
// too. Two cases, each its own ratio: the background service worker running, and stopped
// first (CDP ServiceWorker.stopAllWorkers, as after the worker went idle: the common case).
// Per case, after warm-ups, the blank page and the popup alternate (which goes first
// alternates too), so drift on this busy machine hits both alike.
// Also the popup's first-load JavaScript, gzipped: every script before its first paint.
//
//   npm run bench                      builds, then 3 warm-ups and 20 runs of each page per case
//   npm run bench -- --runs 30 --no-build
//
// Runs under tsx (package.json), so it reuses the e2e harness and the sandbox as they are.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension } from '../tests/e2e/harness.ts';
import { signInThroughPopup } from '../tests/e2e/flows.ts';
import { firstLoadScripts } from '../tests/support/first-load.ts';
import { SANDBOX_ACCOUNTS } from '../tests/sandbox/accounts.ts';
import { startSandbox } from '../tests/sandbox/index.ts';
import { buildExtension, median, option, quantile, skipBuild } from './bench-kit.mjs';
import { SHELL_TOPIC_ID } from '../lib/popup-shell.ts';

const RUNS = Math.max(15, Number(option('--runs') ?? 20));
const WARM_UPS = 3;
const APP_READY = 'form[data-ready] input:enabled';
const POPUP_READY = `#${SHELL_TOPIC_ID}:enabled, ${APP_READY}`;
const BLANK_READY = 'input:enabled';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => `${value.toFixed(1)} ms`.padStart(9);

/**
 * Milliseconds from navigation start until each of `selectors` first matches a visible element
 * of the page, read in the page (a MutationObserver installed before any of the page's scripts
 * run). Answers them in order.
 */
async function timesToSelectors(context, url, selectors) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.addInitScript((wanted) => {
    window.__benchAt = wanted.map(() => undefined);
    const seen = () => {
      wanted.forEach((selector, index) => {
        if (window.__benchAt[index] !== undefined) return;
        if (document.querySelector(selector)?.checkVisibility()) {
          window.__benchAt[index] = performance.now();
        }
      });
    };
    new MutationObserver(seen).observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
    });
  }, selectors);
  await page.goto(url, { waitUntil: 'commit' });
  for (const selector of selectors) await page.locator(selector).first().waitFor();
  const inPage = await page.evaluate(() => window.__benchAt);
  await page.close();
  return inPage;
}

/** The extension's service worker, seen and steered through CDP from one of its own pages. */
async function workerControl(extension) {
  const page = await extension.context.newPage();
  await page.goto(extension.extensionUrl('blank.html'));
  const cdp = await extension.context.newCDPSession(page);
  const origin = `chrome-extension://${extension.extensionId}/`;
  let status = 'running';
  let stops = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(origin)) continue;
      status = version.runningStatus;
      if (status === 'stopped') stops += 1;
    }
  });
  await cdp.send('ServiceWorker.enable');
  const until = async (wanted) => {
    for (let waited = 0; status !== wanted; waited += 10) {
      if (waited > 10_000) throw new Error(`the service worker never became ${wanted}`);
      await page.waitForTimeout(10);
    }
  };
  return {
    /** The page the toolbar button opens now (`action.getPopup`), as a URL. */
    popupUrl: () => page.evaluate(() => globalThis.chrome.action.getPopup({})),
    // A message the last popup sent as it closed can start the worker again just after the
    // stop (stopped and starting in the same millisecond): stop until it stays stopped.
    async stop() {
      for (let attempt = 0; attempt < 5; attempt++) {
        stops = 0;
        await cdp.send('ServiceWorker.stopAllWorkers');
        for (let waited = 0; stops === 0; waited += 10) {
          if (waited > 10_000) throw new Error('the service worker never stopped');
          await page.waitForTimeout(10);
        }
        await page.waitForTimeout(100);
        if (status === 'stopped') return;
      }
      throw new Error('the service worker kept starting again');
    },
    async start() {
      if (status !== 'running') await cdp.send('ServiceWorker.startWorker', { scopeURL: origin });
      await until('running');
    },
  };
}

/**
 * One case: warm-ups, then `RUNS` rounds of the three pages (which goes first rotates), each
 * load after `prepare`: the blank page; the page the toolbar button opens (`popupUrl`), timed
 * to its first input and to the app's form; and, for comparison in the same run, the plain
 * popup.html (no shell: the app's form is its first input, as before the shell pages).
 */
async function measureCase(extension, popupUrl, prepare) {
  const times = { blank: [], popup: [], app: [], plain: [] };
  const pages = {
    blank: [extension.extensionUrl('blank.html'), [BLANK_READY], ['blank']],
    popup: [popupUrl, [POPUP_READY, APP_READY], ['popup', 'app']],
    plain: [extension.extensionUrl('popup.html'), [APP_READY], ['plain']],
  };
  const load = async (kind) => {
    await prepare();
    const [url, selectors, into] = pages[kind];
    const found = await timesToSelectors(extension.context, url, selectors);
    return () => into.forEach((name, index) => times[name].push(found[index]));
  };
  const kinds = Object.keys(pages);
  for (let run = 0; run < WARM_UPS; run++) for (const kind of kinds) await load(kind);
  for (let run = 0; run < RUNS; run++) {
    const order = kinds.map((_, index) => kinds[(index + run) % kinds.length]);
    for (const kind of order) (await load(kind))();
  }
  return times;
}

function report(name, { blank, popup, app, plain }) {
  const spread = (values) =>
    `p25 ${ms(quantile(values, 0.25))}, p75 ${ms(quantile(values, 0.75))}, ` +
    `min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))}`;
  const ratio = (values) => (median(values) / median(blank)).toFixed(2);
  const pairRatios = popup.map((value, index) => value / blank[index]);
  console.log(`\n${name}: navigation start -> first enabled input, ${RUNS} runs each`);
  console.log(`  blank.html           median ${ms(median(blank))}   (${spread(blank)})`);
  console.log(`  popup                median ${ms(median(popup))}   (${spread(popup)})`);
  console.log(`  popup, app's form    median ${ms(median(app))}   (${spread(app)})`);
  console.log(`  popup.html, no shell median ${ms(median(plain))}   (${spread(plain)})`);
  console.log(`  ratio popup / blank (medians)  ${ratio(popup)}`);
  console.log(
    `  ratio per pair: median ${median(pairRatios).toFixed(2)}, ` +
      `p25 ${quantile(pairRatios, 0.25).toFixed(2)}, p75 ${quantile(pairRatios, 0.75).toFixed(2)}`,
  );
  console.log(
    `  app's form / blank ${ratio(app)}; popup.html without the shell / blank ${ratio(plain)}`,
  );
}

async function main() {
  if (!skipBuild() || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) buildExtension();
  const sandbox = await startSandbox({ port: 0, clock: 'real' });
  const extension = await launchExtension({ sandboxPort: sandbox.port });
  try {
    const first = await extension.openPopup();
    await signInThroughPopup(first, SANDBOX_ACCOUNTS.alice);
    await first.locator(APP_READY).first().waitFor();
    await first.close();

    const worker = await workerControl(extension);
    const popupUrl = await worker.popupUrl();
    console.log(`The toolbar button opens ${popupUrl}`);
    const cases = [
      ['Service worker running', () => worker.start()],
      ['Service worker stopped first', () => worker.stop()],
    ];
    for (const [name, prepare] of cases) {
      report(name, await measureCase(extension, popupUrl, prepare));
    }

    const scripts = firstLoadScripts(EXTENSION_DIR, 'popup.html');
    const gzip = scripts.reduce((sum, script) => sum + script.gzip, 0);
    const raw = scripts.reduce((sum, script) => sum + script.bytes, 0);
    console.log(`\nPopup first-load JavaScript (${scripts.map((s) => s.file).join(', ')}):`);
    console.log(`  ${kb(raw)} minified, ${kb(gzip)} gzip (${gzip} bytes)`);
  } finally {
    await extension.close();
    await sandbox.close();
  }
}

await main();
