// Types for scripts/setup.mjs (plain JavaScript: it runs before node_modules exists).

export interface Browser {
  name: string;
  envVar: string;
  defaultPath: string;
  debianPackage: string;
}

export type Env = Record<string, string | undefined>;

export type Plan =
  | { action: 'none' }
  | { action: 'stop'; message: string }
  | { action: 'install'; missing: string; message: string; commands: [string, string[]][] };

export interface LockFile {
  packages?: Record<string, { version?: string; optional?: boolean; link?: boolean }>;
}

export interface Machine {
  env: Env;
  version: string;
  exists(path: string): boolean;
  isRoot: boolean;
  hasAptGet: boolean;
  lock: LockFile | undefined;
  installedVersion(path: string): string | undefined;
}

export const NEEDED_BROWSERS: Browser[];
export const MINIMUM_NODE_MAJOR: number;
export function againCommand(env: Env): string;
export function browserPath(browser: Browser, env: Env): string;
export function planBrowsers(options: {
  browsers?: Browser[];
  env: Env;
  exists(path: string): boolean;
  isRoot: boolean;
  hasAptGet: boolean;
}): Plan;
export function planDependencies(options: {
  lock: LockFile | undefined;
  installedVersion(path: string): string | undefined;
  exists?(path: string): boolean;
}): Plan;
export function planNode(options: { version: string; env: Env }): Plan;
export function setup(options: {
  check?: boolean;
  dependenciesOnly?: boolean;
  machine: Machine;
  run(command: string, args: string[]): number;
  log(line: string): void;
  error(line: string): void;
}): number;
export function realMachine(root: string, env?: Env): Machine;
