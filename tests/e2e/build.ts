import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SANDBOX_INTEGRATION } from '../sandbox/rest/integration.ts';

/** The browsers WXT builds for; each build lands in `.output/<browser>-mv3`. */
export type BuildBrowser = 'chrome' | 'firefox';

/** Where `wxt build` writes each browser's extension. */
export function buildDir(browser: BuildBrowser): string {
  return resolve(import.meta.dirname, `../../.output/${browser}-mv3`);
}

/**
 * A file a sandbox build leaves in its folder. WXT empties the folder on every build, so any
 * other build (`npm run build`, `npm run lint:firefox`) removes it.
 */
const MARKER = 'sandbox-build.txt';
const MARKER_TEXT = `WXT_WEBEX_CLIENT_ID=${SANDBOX_INTEGRATION.clientId}\n`;

/**
 * The production build for the sandbox (`npm start` and the end-to-end tests): `wxt build`
 * with WXT_WEBEX_CLIENT_ID set to the stand-in's integration (tests/sandbox/rest/integration.ts),
 * so "Sign in with Webex" signs in at the sandbox's webexapis.com. A variable in the
 * environment wins over a developer's `.env`, which may hold a real integration's id.
 */
export function buildForSandbox(browser: BuildBrowser): void {
  execFileSync('npx', ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], {
    stdio: 'inherit',
    env: { ...process.env, WXT_WEBEX_CLIENT_ID: SANDBOX_INTEGRATION.clientId },
  });
  writeFileSync(join(buildDir(browser), MARKER), MARKER_TEXT);
}

/** Whether `dir` holds a build that buildForSandbox made (and nothing rebuilt since). */
export function isSandboxBuild(dir: string): boolean {
  const marker = join(dir, MARKER);
  return existsSync(marker) && readFileSync(marker, 'utf8') === MARKER_TEXT;
}

/**
 * For the suites' global set-up: builds for the sandbox, unless E2E_SKIP_BUILD=1 and `dir`
 * (where the suite loads the extension from) already holds a sandbox build. A build made
 * otherwise lacks the sandbox's client ID, so it is never reused; the set-up says so.
 */
export function ensureSandboxBuild(browser: BuildBrowser, dir: string): void {
  if (process.env.E2E_SKIP_BUILD === '1') {
    if (isSandboxBuild(dir)) return;
    console.log(`E2E_SKIP_BUILD=1, but ${dir} is not a sandbox build: building it.`);
  }
  buildForSandbox(browser);
}
