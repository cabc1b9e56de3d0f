import { ensureSandboxBuild } from './build';
import { EXTENSION_DIR } from './harness';

/** End-to-end tests drive the production build, made for the sandbox: build it once per run. */
export default function setup() {
  ensureSandboxBuild('chrome', EXTENSION_DIR);
}
