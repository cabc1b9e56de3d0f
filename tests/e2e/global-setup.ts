import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';

/** End-to-end tests drive the production build: build it once per run. */
export default function setup() {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(join(EXTENSION_DIR, 'manifest.json')))
    return;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}
