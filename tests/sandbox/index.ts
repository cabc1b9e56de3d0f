export { startSandbox } from './sandbox.ts';
export { SANDBOX_EPOCH } from './clock.ts';
export { loadDefaultConfig } from './config.ts';
export type { HostConfig, SandboxConfig, SiteConfig } from './config.ts';
export type { Meeting, SiteState } from './state.ts';
export type { Fault, RecordedRequest, Sandbox, SandboxClock, SandboxOptions } from './types.ts';
