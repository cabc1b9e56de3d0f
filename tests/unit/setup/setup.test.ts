import { describe, expect, it } from 'vitest';
import {
  againCommand,
  planBrowsers,
  planDependencies,
  planNode,
  setup,
  type LockFile,
  type Machine,
} from '../../../scripts/setup.mjs';

const LOCK: LockFile = {
  packages: {
    '': {},
    'node_modules/preact': { version: '10.27.0' },
    'node_modules/wxt': { version: '0.21.4' },
    'node_modules/wxt/node_modules/defu': { version: '6.1.4' },
    'node_modules/@esbuild/darwin-arm64': { version: '0.25.0', optional: true },
  },
};
const FIREFOX = '/usr/bin/firefox-esr';
const INSTALLED: Record<string, string> = {
  'node_modules/preact': '10.27.0',
  'node_modules/wxt': '0.21.4',
  'node_modules/wxt/node_modules/defu': '6.1.4',
};

/** A machine where everything is in place unless `overrides` says otherwise. */
function machine(
  overrides: Partial<Machine> & { files?: Set<string>; installed?: Record<string, string> } = {},
): Machine {
  const files = overrides.files ?? new Set(['/usr/bin/chromium', FIREFOX, 'node_modules']);
  const installed = overrides.installed ?? INSTALLED;
  return {
    env: { npm_lifecycle_event: 'start' },
    version: 'v20.19.0',
    exists: (path) => files.has(path),
    isRoot: false,
    hasAptGet: true,
    lock: LOCK,
    installedVersion: (path) => installed[path],
    ...overrides,
  };
}

/** Runs setup against `m`, recording every command and line instead of running them. */
function runSetup(m: Machine, options: { check?: boolean; status?: number } = {}) {
  const commands: string[] = [];
  const log: string[] = [];
  const error: string[] = [];
  const code = setup({
    check: options.check,
    machine: m,
    run: (command, args) => {
      commands.push([command, ...args].join(' '));
      return options.status ?? 0;
    },
    log: (line) => log.push(line),
    error: (line) => error.push(line),
  });
  return { code, commands, log, error };
}

describe('planDependencies', () => {
  it('does nothing when node_modules holds exactly the locked versions', () => {
    expect(planDependencies(machine())).toEqual({ action: 'none' });
  });

  it('runs npm ci when node_modules is missing', () => {
    const plan = planDependencies({ ...machine(), exists: () => false });
    expect(plan).toMatchObject({
      action: 'install',
      commands: [['npm', ['ci', '--no-audit', '--no-fund']]],
    });
    expect(plan.action === 'install' && plan.message).toContain('node_modules is missing');
  });

  it('reinstalls when the lock names a package that is not installed', () => {
    const installed = { ...INSTALLED };
    delete installed['node_modules/wxt/node_modules/defu'];
    const plan = planDependencies(machine({ installed }));
    expect(plan).toMatchObject({ action: 'install' });
    expect(plan.action === 'install' && plan.missing).toContain('defu is not installed');
  });

  it('reinstalls when the lock changed to another version', () => {
    const lock: LockFile = {
      packages: { ...LOCK.packages, 'node_modules/preact': { version: '10.28.0' } },
    };
    const plan = planDependencies(machine({ lock }));
    expect(plan.action === 'install' && plan.missing).toContain(
      'preact is 10.27.0, package-lock.json says 10.28.0',
    );
  });

  it("leaves other platforms' optional binaries out", () => {
    expect(planDependencies(machine()).action).toBe('none');
  });

  it('stops when package-lock.json cannot be read', () => {
    expect(planDependencies(machine({ lock: undefined })).action).toBe('stop');
  });
});

describe('planBrowsers', () => {
  const noChromium = new Set(['node_modules', FIREFOX]);

  it('does nothing when Chromium is at /usr/bin/chromium', () => {
    expect(planBrowsers(machine())).toEqual({ action: 'none' });
  });

  it("installs Debian's chromium as root with apt-get, and says so", () => {
    const plan = planBrowsers(machine({ files: noChromium, isRoot: true }));
    expect(plan).toEqual({
      action: 'install',
      missing: 'Chromium is missing',
      message: "Installing Debian's chromium (first run only)...",
      commands: [
        ['apt-get', ['update', '-qq']],
        ['apt-get', ['install', '-y', '-qq', 'chromium']],
      ],
    });
  });

  it("installs Debian's firefox-esr the same way, for the Firefox suite", () => {
    const files = new Set(['/usr/bin/chromium', 'node_modules']);
    expect(planBrowsers(machine({ files, isRoot: true }))).toEqual({
      action: 'install',
      missing: 'Firefox ESR is missing',
      message: "Installing Debian's firefox-esr (first run only)...",
      commands: [
        ['apt-get', ['update', '-qq']],
        ['apt-get', ['install', '-y', '-qq', 'firefox-esr']],
      ],
    });
    expect(planBrowsers(machine({ files }))).toEqual({
      action: 'stop',
      message:
        'Firefox ESR is missing: run `sudo apt-get install firefox-esr` (or set FIREFOX_PATH), ' +
        'then run `npm start` again.',
    });
  });

  it('names the one command to run when not root', () => {
    expect(planBrowsers(machine({ files: noChromium }))).toEqual({
      action: 'stop',
      message:
        'Chromium is missing: run `sudo apt-get install chromium` (or set CHROMIUM_PATH), ' +
        'then run `npm start` again.',
    });
  });

  it('names the one command to run as root without apt-get', () => {
    expect(
      planBrowsers(machine({ files: noChromium, isRoot: true, hasAptGet: false })).action,
    ).toBe('stop');
  });

  it('uses CHROMIUM_PATH, and does not install when it points nowhere', () => {
    const env = { CHROMIUM_PATH: '/opt/chromium/chrome', npm_lifecycle_event: 'test' };
    expect(
      planBrowsers(machine({ env, files: new Set(['/opt/chromium/chrome', FIREFOX]) })),
    ).toEqual({
      action: 'none',
    });
    const plan = planBrowsers(machine({ env, files: noChromium, isRoot: true }));
    expect(plan.action).toBe('stop');
    expect(plan.action === 'stop' && plan.message).toBe(
      'Chromium is missing: CHROMIUM_PATH is /opt/chromium/chrome, which does not exist; point ' +
        'it at a Chromium binary (or unset it and run `sudo apt-get install chromium`), then ' +
        'run `npm test` again.',
    );
  });

  it('lists every missing browser in one sentence', () => {
    const browsers = [
      { name: 'Chromium', envVar: 'CHROMIUM_PATH', defaultPath: '/c', debianPackage: 'chromium' },
      {
        name: 'Firefox ESR',
        envVar: 'FIREFOX_PATH',
        defaultPath: '/f',
        debianPackage: 'firefox-esr',
      },
    ];
    const plan = planBrowsers({ ...machine({ files: new Set() }), browsers });
    expect(plan.action === 'stop' && plan.message).toMatch(
      /^Chromium and Firefox ESR are missing: run `sudo apt-get install chromium firefox-esr`/,
    );
  });
});

describe('planNode and againCommand', () => {
  it('wants Node 20 or newer', () => {
    expect(planNode({ version: 'v20.0.0', env: {} }).action).toBe('none');
    expect(planNode({ version: 'v22.3.0', env: {} }).action).toBe('none');
    expect(planNode({ version: 'v18.19.1', env: {} })).toMatchObject({ action: 'stop' });
  });

  it('asks to run again the npm script that called setup', () => {
    expect(againCommand({ npm_lifecycle_event: 'test' })).toBe('npm test');
    expect(againCommand({ npm_lifecycle_event: 'sandbox' })).toBe('npm run sandbox');
    expect(againCommand({})).toBe('npm start');
  });
});

describe('setup', () => {
  it('runs nothing and says nothing when everything is in place', () => {
    expect(runSetup(machine())).toEqual({ code: 0, commands: [], log: [], error: [] });
  });

  it('runs npm ci when dependencies are missing', () => {
    const result = runSetup(machine({ files: new Set(['/usr/bin/chromium', FIREFOX]) }));
    expect(result.code).toBe(0);
    expect(result.commands).toEqual(['npm ci --no-audit --no-fund']);
    expect(result.log).toHaveLength(1);
  });

  it('installs chromium as root and says so, then the dependencies', () => {
    const files = new Set<string>([FIREFOX]);
    const commands: string[] = [];
    const logged: string[] = [];
    const code = setup({
      machine: machine({ files, isRoot: true }),
      run: (command, args) => {
        commands.push([command, ...args].join(' '));
        if (command === 'apt-get' && args[0] === 'install') files.add('/usr/bin/chromium');
        if (command === 'npm') files.add('node_modules');
        return 0;
      },
      log: (line) => logged.push(line),
      error: (line) => logged.push(`error: ${line}`),
    });
    expect(code).toBe(0);
    expect(commands).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq chromium',
      'npm ci --no-audit --no-fund',
    ]);
    expect(logged[0]).toBe("Installing Debian's chromium (first run only)...");
    expect(logged[1]).toMatch(/^Installing dependencies from package-lock.json with npm ci/);
    expect(logged).toHaveLength(2);
  });

  it('fails plainly when apt-get left no chromium behind', () => {
    const result = runSetup(machine({ files: new Set(['node_modules', FIREFOX]), isRoot: true }));
    expect(result.code).toBe(1);
    expect(result.error).toEqual([
      'Chromium is missing after apt-get install: set CHROMIUM_PATH to the binary, then run ' +
        '`npm start` again.',
    ]);
  });

  it('stops with the one sentence and runs nothing when chromium is missing and not root', () => {
    const result = runSetup(machine({ files: new Set([FIREFOX]) }));
    expect(result.code).toBe(1);
    expect(result.commands).toEqual([]);
    expect(result.log).toEqual([]);
    expect(result.error).toEqual([
      'Chromium is missing: run `sudo apt-get install chromium` (or set CHROMIUM_PATH), then ' +
        'run `npm start` again.',
    ]);
  });

  it('says which command failed and stops', () => {
    const result = runSetup(machine({ files: new Set(['/usr/bin/chromium', FIREFOX]) }), {
      status: 1,
    });
    expect(result.code).toBe(1);
    expect(result.error).toEqual([
      '`npm ci --no-audit --no-fund` failed (exit 1, see above): fix that, then run `npm start` again.',
    ]);
  });

  it('only reports in check mode', () => {
    const result = runSetup(machine({ files: new Set(['/usr/bin/chromium', FIREFOX]) }), {
      check: true,
    });
    expect(result.code).toBe(1);
    expect(result.commands).toEqual([]);
    expect(result.error).toEqual([
      'node_modules does not match package-lock.json (node_modules is missing): `npm start` sets that up.',
    ]);
  });
});
