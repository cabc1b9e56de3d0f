export { startSandbox } from './sandbox.ts';
export { SANDBOX_EPOCH } from './clock.ts';
export { loadDefaultConfig } from './config.ts';
export type { HostConfig, RestAccountConfig, SandboxConfig, SiteConfig } from './config.ts';
export type { Meeting, SiteState } from './state.ts';
export type {
  Fault,
  RecordedRequest,
  RecordedRestRequest,
  Sandbox,
  SandboxClock,
  SandboxOptions,
} from './types.ts';
export { SANDBOX_INTEGRATION } from './rest/integration.ts';
export type { RestMeeting, RestState } from './rest/state.ts';
