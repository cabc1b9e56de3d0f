import { afterAll, beforeAll } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/index.ts';
import { stopForMissing } from '../support/prerequisites.ts';
import { launchFirefox, type FirefoxHarness } from './harness';

/** A Firefox suite file's browser and sandbox. */
export interface FirefoxContext {
  readonly firefox: FirefoxHarness;
  readonly sandbox: Sandbox;
}

/**
 * Registers a file's hooks: before all, the sandbox on 127.0.0.1:443 (Firefox sends every host
 * name there, so the default https port must be ours; binding it needs root, as in CI) and
 * Firefox with the extension; after all, both closed. Tests in a file run in order and share
 * the browser, as a host's day does: sign in once, then schedule, start, decode.
 */
export function useFirefox(): FirefoxContext {
  let running: { sandbox?: Sandbox; firefox?: FirefoxHarness } = {};
  beforeAll(async () => {
    running.sandbox = await startSandbox({ port: 443, clock: 'real' }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'EACCES' || error.code === 'EADDRINUSE') {
          stopForMissing(
            `The Firefox suite needs the sandbox on port 443 and cannot bind it (${error.code}): ` +
              'run it as root (as CI does) and stop whatever else listens on 443.',
          );
        }
        throw error;
      },
    );
    running.firefox = await launchFirefox();
  });
  afterAll(async () => {
    await running.firefox?.close();
    await running.sandbox?.close();
    running = {};
  });
  return {
    get firefox() {
      if (!running.firefox) throw new Error('No Firefox yet: read it inside a test or hook.');
      return running.firefox;
    },
    get sandbox() {
      if (!running.sandbox) throw new Error('No sandbox yet: read it inside a test or hook.');
      return running.sandbox;
    },
  };
}
