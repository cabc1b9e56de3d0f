// What the result explainer costs a WebEx page that carries NO result: the same page
// (https://acme.webex.com/acme/backurl-test.html, served by the sandbox) loaded with the
// extension enabled and disabled, in the production build in Chromium. Per load: the page's
// own load-event end, and CDP Performance.getMetrics ScriptDuration and TaskDuration (main
// thread, all worlds, so the detector's work is in them). Blocks of loads alternate between
// enabled and disabled in one browser, so drift hits both alike. Also prints the gzipped size
// of the detector (on every WebEx page) and of the panel bundle (only on result pages).
//
//   npm run bench:content                        builds, then 30 loads each
//   npm run bench:content -- --runs 60 --no-build
//   npm run bench:content -- --no-build --extension-dir /path/to/other/build   (for comparison)
//
// Runs under tsx (package.json), so it reuses the e2e harness and the sandbox as they are.
/* global chrome */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension } from '../tests/e2e/harness.ts';
import { startSandbox } from '../tests/sandbox/index.ts';
import { buildExtension, median, option, sizeOf, skipBuild } from './bench-kit.mjs';

const RUNS = Number(option('--runs') ?? 30);
const BLOCK = 5;
const EXTENSION = option('--extension-dir') ?? EXTENSION_DIR;
const PAGE = 'https://acme.webex.com/acme/backurl-test.html';

/** One load in a fresh tab; waits for load plus an idle callback, after which document_idle scripts have run. */
async function measureLoad(context, run) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${PAGE}?run=${run}`, { waitUntil: 'load' });
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestIdleCallback(() => requestAnimationFrame(() => resolve()), { timeout: 2000 }),
      ),
  );
  const loadEnd = await page.evaluate(
    () => performance.getEntriesByType('navigation')[0].loadEventEnd,
  );
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? NaN;
  await cdp.detach();
  await page.close();
  return { loadEnd, script: metric('ScriptDuration') * 1000, task: metric('TaskDuration') * 1000 };
}

/** chrome://extensions can switch an extension on and off, as a user does there. */
async function setEnabled(context, extensionId, enabled) {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(({ id, on }) => chrome.management.setEnabled(id, on), {
    id: extensionId,
    on: enabled,
  });
  await page.close();
}

if (!skipBuild()) buildExtension();
if (!existsSync(join(EXTENSION, 'manifest.json')))
  throw new Error(`No build in ${EXTENSION}: run npx wxt build.`);

const sandbox = await startSandbox({ port: 0, clock: 'real' });
const extension = await launchExtension({ sandboxPort: sandbox.port, extensionDir: EXTENSION });
const samples = { enabled: [], disabled: [] };
try {
  // Warm-up, not counted: first loads pay for process start, certificate and caches.
  for (let run = 0; run < 3; run++) await measureLoad(extension.context, `warm-${run}`);
  for (let done = 0; done < RUNS; done += BLOCK) {
    for (const state of ['enabled', 'disabled']) {
      await setEnabled(extension.context, extension.extensionId, state === 'enabled');
      for (let run = 0; run < Math.min(BLOCK, RUNS - done); run++) {
        samples[state].push(await measureLoad(extension.context, `${state}-${done + run}`));
      }
    }
  }
} finally {
  await extension.close();
  await sandbox.close();
}

const files = ['result-detector.js', 'content-scripts/result-panel.js'];
const [detector, panel] = files
  .map((file) => join(EXTENSION, file))
  .map((path) => (existsSync(path) ? sizeOf(path) : { raw: 0, gzip: 0 }));
const rows = [
  ['load event end', 'loadEnd'],
  ['ScriptDuration', 'script'],
  ['TaskDuration', 'task'],
];
console.log(`\nA WebEx page without result parameters, ${RUNS} loads each (medians, ms):`);
console.log('metric            enabled  disabled  difference  ratio');
for (const [label, key] of rows) {
  const on = median(samples.enabled.map((sample) => sample[key]));
  const off = median(samples.disabled.map((sample) => sample[key]));
  console.log(
    `${label.padEnd(16)} ${on.toFixed(2).padStart(8)} ${off.toFixed(2).padStart(9)} ${(on - off).toFixed(2).padStart(11)}  ${(on / off).toFixed(3)}`,
  );
}
console.log(`\nresult-detector.js (every WebEx page): ${detector.raw} B, ${detector.gzip} B gzip`);
console.log(`result-panel.js (result pages only):   ${panel.raw} B, ${panel.gzip} B gzip`);
