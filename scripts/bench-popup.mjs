// How fast the popup opens against a blank extension page holding one input
// (public/blank.html): time from navigation start until the first enabled input is in the page
// (the popup: the schedule form's, `form[data-ready] input:enabled`), production build in
// Chromium, signed in to the local sandbox. Two cases, each its own ratio: the background
// service worker running, and stopped first (CDP ServiceWorker.stopAllWorkers, as after the
// worker went idle: the common case). Per case, after warm-ups, the blank page and the popup
// alternate (which goes first alternates too), so drift on this busy machine hits both alike.
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

const RUNS = Math.max(15, Number(option('--runs') ?? 20));
const WARM_UPS = 3;
const POPUP_READY = 'form[data-ready] input:enabled';
const BLANK_READY = 'input:enabled';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => `${value.toFixed(1)} ms`.padStart(9);

/**
 * Milliseconds from navigation start until `selector` is in the page, read in the page (a
 * MutationObserver installed before any of the page's scripts run).
 */
async function timeToSelector(context, url, selector) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.addInitScript((wanted) => {
    const seen = () => {
      if (document.querySelector(wanted)) window.__benchAt ??= performance.now();
    };
    new MutationObserver(seen).observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
    });
  }, selector);
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor({ state: 'attached' });
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

/** One case: warm-ups, then `RUNS` alternating pairs, `prepare` before every load. */
async function measureCase(extension, prepare) {
  const load = async (kind) => {
    await prepare();
    return kind === 'popup'
      ? timeToSelector(extension.context, extension.extensionUrl('popup.html'), POPUP_READY)
      : timeToSelector(extension.context, extension.extensionUrl('blank.html'), BLANK_READY);
  };
  for (let run = 0; run < WARM_UPS; run++) {
    await load('blank');
    await load('popup');
  }
  const blank = [];
  const popup = [];
  for (let run = 0; run < RUNS; run++) {
    if (run % 2 === 0) {
      blank.push(await load('blank'));
      popup.push(await load('popup'));
    } else {
      popup.push(await load('popup'));
      blank.push(await load('blank'));
    }
  }
  return { blank, popup };
}

function report(name, { blank, popup }) {
  const spread = (values) =>
    `p25 ${ms(quantile(values, 0.25))}, p75 ${ms(quantile(values, 0.75))}, ` +
    `min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))}`;
  const pairRatios = popup.map((value, index) => value / blank[index]);
  console.log(`\n${name}: navigation start -> first enabled input, ${RUNS} runs each`);
  console.log(`  blank.html  median ${ms(median(blank))}   (${spread(blank)})`);
  console.log(`  popup.html  median ${ms(median(popup))}   (${spread(popup)})`);
  console.log(`  ratio popup / blank (medians)  ${(median(popup) / median(blank)).toFixed(2)}`);
  console.log(
    `  ratio per pair: median ${median(pairRatios).toFixed(2)}, ` +
      `p25 ${quantile(pairRatios, 0.25).toFixed(2)}, p75 ${quantile(pairRatios, 0.75).toFixed(2)}`,
  );
}

async function main() {
  if (!skipBuild() || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) buildExtension();
  const sandbox = await startSandbox({ port: 0, clock: 'real' });
  const extension = await launchExtension({ sandboxPort: sandbox.port });
  try {
    const first = await extension.openPopup();
    await signInThroughPopup(first, SANDBOX_ACCOUNTS.alice);
    await first.locator(POPUP_READY).first().waitFor();
    await first.close();

    const worker = await workerControl(extension);
    report('Service worker running', await measureCase(extension, () => worker.start()));
    report('Service worker stopped first', await measureCase(extension, () => worker.stop()));

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
