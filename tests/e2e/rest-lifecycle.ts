import type { Agent } from 'undici';
import { afterAll, beforeAll } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/index.ts';
import { sandboxAgent } from '../sandbox/test-client.ts';
import { launchExtension, type ExtensionHarness } from './harness';

/** A REST test file's sandbox, browser and direct line to the stand-in. */
export interface RestE2eContext {
  readonly sandbox: Sandbox;
  readonly harness: ExtensionHarness;
  /** For calls straight to https://webexapis.com (sandboxFetch), beside the browser's. */
  readonly agent: Agent;
}

/**
 * Registers a REST test file's hooks: before all, a sandbox on its own clock, the browser with
 * the extension mapped to it and an agent; after all, all three closed. Nothing is reset
 * between tests: the file's tests share the browser's Webex session and the stand-in's state,
 * in order. The getters throw when read before the hooks ran.
 */
export function useRestSandbox(): RestE2eContext {
  let running: { sandbox?: Sandbox; harness?: ExtensionHarness; agent?: Agent } = {};
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('Not started yet: read it inside a test or hook.');
    return value;
  };
  beforeAll(async () => {
    running.sandbox = await startSandbox({ port: 0 });
    running.agent = sandboxAgent(running.sandbox);
    running.harness = await launchExtension({ sandboxPort: running.sandbox.port });
  });
  afterAll(async () => {
    await running.harness?.close();
    await running.agent?.close();
    await running.sandbox?.close();
    running = {};
  });
  return {
    get sandbox() {
      return need(running.sandbox);
    },
    get harness() {
      return need(running.harness);
    },
    get agent() {
      return need(running.agent);
    },
  };
}
