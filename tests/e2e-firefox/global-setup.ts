import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_EXTENSION_DIR } from './harness';

/** The Firefox suite drives the production Firefox build: build it once per run. */
export default function setup() {
  if (
    process.env.E2E_SKIP_BUILD === '1' &&
    existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))
  )
    return;
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
}
