// How fast the popup opens: time from navigation to an interactive schedule form
// (`form[data-ready]`) against a blank extension page (public/blank.html), in the production
// build in Chromium, signed in to the local sandbox; plus the popup's initial JavaScript, gzipped.
//
//   npm run bench                      builds, then 20 runs of each page, interleaved
//   npm run bench -- --runs 50 --no-build
//
// Runs under tsx (package.json), so it reuses the e2e harness and the sandbox as they are.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension } from '../tests/e2e/harness.ts';
import { signInThroughPopup } from '../tests/e2e/flows.ts';
import { SANDBOX_ACCOUNTS } from '../tests/sandbox/accounts.ts';
import { startSandbox } from '../tests/sandbox/index.ts';
import { buildExtension, median, option, sizeOf, skipBuild } from './bench-kit.mjs';

const RUNS = Number(option('--runs') ?? 20);
const READY = 'form[data-ready]';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => `${value.toFixed(1)} ms`;

/** The scripts popup.html loads before anything runs: its entry and the modules it preloads. */
function initialPopupAssets() {
  const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  const refs = (pattern) => [...html.matchAll(pattern)].map((match) => match[1]);
  const size = (files) => sizeOf(...files.map((file) => join(EXTENSION_DIR, file)));
  const scripts = [
    ...refs(/<script[^>]+src="\/([^"]+)"/g),
    ...refs(/<link rel="modulepreload"[^>]+href="\/([^"]+)"/g),
  ];
  const styles = refs(/<link rel="stylesheet"[^>]+href="\/([^"]+)"/g);
  return { scripts, js: size(scripts), css: size(styles) };
}

/**
 * Milliseconds from navigation start until `selector` is in the page, read in the page (a
 * MutationObserver installed before any of the page's scripts run), plus wall-clock time as
 * the test driver sees it.
 */
async function timeToSelector(context, url, selector) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.addInitScript((wanted) => {
    const seen = () => {
      if (!document.querySelector(wanted)) return false;
      window.__benchAt ??= performance.now();
      return true;
    };
    new MutationObserver(seen).observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
    });
  }, selector);
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor({ state: 'attached' });
  const wallClock = performance.now() - started;
  const inPage = await page.evaluate(() => window.__benchAt);
  await page.close();
  return { inPage, wallClock };
}

async function main() {
  if (!skipBuild() || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) buildExtension();
  const sandbox = await startSandbox({ port: 0, clock: 'real' });
  const extension = await launchExtension({ sandboxPort: sandbox.port });
  try {
    const first = await extension.openPopup();
    await signInThroughPopup(first, SANDBOX_ACCOUNTS.alice);
    await first.locator(READY).waitFor();
    await first.close();

    const popupUrl = extension.extensionUrl('popup.html');
    // `body` exists in the parsed blank page: its "ready" is the end of parsing.
    const blankUrl = extension.extensionUrl('blank.html');
    const popup = [];
    const blank = [];
    for (let run = 0; run < RUNS; run++) {
      blank.push(await timeToSelector(extension.context, blankUrl, 'body'));
      popup.push(await timeToSelector(extension.context, popupUrl, READY));
    }

    const popupInPage = median(popup.map((r) => r.inPage));
    const blankInPage = median(blank.map((r) => r.inPage));
    const popupWall = median(popup.map((r) => r.wallClock));
    const blankWall = median(blank.map((r) => r.wallClock));
    const assets = initialPopupAssets();

    console.log(`\nPopup open time, ${RUNS} runs each (medians)`);
    console.log(`  in page, navigation start -> ready:`);
    console.log(`    blank.html              ${ms(blankInPage)}`);
    console.log(`    popup.html schedule form ${ms(popupInPage)}`);
    console.log(`    ratio popup / blank     ${(popupInPage / blankInPage).toFixed(2)}`);
    console.log(`  wall clock, goto -> ready (driver overhead included):`);
    console.log(`    blank.html              ${ms(blankWall)}`);
    console.log(`    popup.html schedule form ${ms(popupWall)}`);
    console.log(`    ratio popup / blank     ${(popupWall / blankWall).toFixed(2)}`);
    console.log(`Initial popup JavaScript (${assets.scripts.join(', ')}):`);
    console.log(`  ${kb(assets.js.raw)} minified, ${kb(assets.js.gzip)} gzip`);
    console.log(`Popup CSS: ${kb(assets.css.raw)}, ${kb(assets.css.gzip)} gzip`);
  } finally {
    await extension.close();
    await sandbox.close();
  }
}

await main();
