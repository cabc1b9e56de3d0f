import { ensureSandboxBuild } from '../e2e/build';
import { FIREFOX_EXTENSION_DIR } from './harness';

/** The Firefox suite drives the production Firefox build, made for the sandbox: once per run. */
export default function setup() {
  ensureSandboxBuild('firefox', FIREFOX_EXTENSION_DIR);
}
