import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/index.ts';
import type { ExtensionHarness } from './harness';

/** A test file's browser with the extension, and its sandbox site. */
export interface E2eContext {
  readonly extension: ExtensionHarness;
  readonly sandbox: Sandbox;
}

/**
 * Registers a test file's hooks: before all, a sandbox with the real clock (session tickets age
 * as the extension's own clock says) and the browser `launch` starts against it; before each
 * test a reset sandbox, then `beforeEachTest`; after all, both closed. The returned context's
 * getters throw when read before the browser is up.
 */
export function useExtensionAndSandbox(options: {
  launch(sandbox: Sandbox): Promise<ExtensionHarness>;
  beforeEachTest?(context: E2eContext): Promise<void> | void;
}): E2eContext {
  let running: { sandbox?: Sandbox; extension?: ExtensionHarness } = {};
  const context: E2eContext = {
    get extension() {
      if (!running.extension) throw new Error('No browser yet: read it inside a test or hook.');
      return running.extension;
    },
    get sandbox() {
      if (!running.sandbox) throw new Error('No sandbox yet: read it inside a test or hook.');
      return running.sandbox;
    },
  };
  beforeAll(async () => {
    running.sandbox = await startSandbox({ port: 0, clock: 'real' });
    running.extension = await options.launch(running.sandbox);
  });
  beforeEach(async () => {
    context.sandbox.reset();
    await options.beforeEachTest?.(context);
  });
  afterAll(async () => {
    await running.extension?.close();
    await running.sandbox?.close();
    running = {};
  });
  return context;
}
