// `npm start` and `npm test` run this first, so that a fresh clone needs nothing else typed.
// It makes sure the browsers the tests drive are there (installing Debian's packages when it
// runs as root with apt-get, otherwise stopping with the one command to run), then that
// node_modules matches package-lock.json (running `npm ci` when it does not).
//
// Plain Node with built-in modules only: it runs before node_modules exists. The decisions are
// small functions that take their environment as parameters (tests/unit/setup/); main() at the
// bottom wires them to the real machine.
//
//   node scripts/setup.mjs                     set up what is missing
//   node scripts/setup.mjs --check             change nothing; exit 1 naming what is missing
//   node scripts/setup.mjs --dependencies-only node_modules only (the sandbox needs no browser)
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The browsers the tests and `npm start` drive: Chromium (tests/e2e, `npm start`) and Firefox
 * ESR (tests/e2e-firefox, `npm run test:e2e:firefox`).
 */
export const NEEDED_BROWSERS = [
  {
    name: 'Chromium',
    envVar: 'CHROMIUM_PATH',
    defaultPath: '/usr/bin/chromium',
    debianPackage: 'chromium',
  },
  {
    name: 'Firefox ESR',
    envVar: 'FIREFOX_PATH',
    defaultPath: '/usr/bin/firefox-esr',
    debianPackage: 'firefox-esr',
  },
];

export const MINIMUM_NODE_MAJOR = 20;

/** The command to run again once the machine is fixed: the npm script that called us. */
export function againCommand(env) {
  const event = env.npm_lifecycle_event;
  return event
    ? `npm ${event === 'start' || event === 'test' ? event : `run ${event}`}`
    : 'npm start';
}

/** Where a browser is looked for: its environment variable when set, else Debian's path. */
export function browserPath(browser, env) {
  return env[browser.envVar] || browser.defaultPath;
}

const listed = (names) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * What to do about the browsers: nothing, install Debian's packages (root with apt-get), or
 * stop with one sentence naming the one command to run.
 */
export function planBrowsers({ browsers = NEEDED_BROWSERS, env, exists, isRoot, hasAptGet }) {
  const missing = browsers.filter((browser) => !exists(browserPath(browser, env)));
  if (missing.length === 0) return { action: 'none' };
  const names = listed(missing.map((browser) => browser.name));
  const isAre = missing.length === 1 ? 'is' : 'are';
  const packages = missing.map((browser) => browser.debianPackage);
  const again = againCommand(env);
  const pointedElsewhere = missing.filter((browser) => env[browser.envVar]);
  if (pointedElsewhere.length > 0) {
    // Installing Debian's package would not help: the tests would still look where we were told.
    const [browser] = pointedElsewhere;
    return {
      action: 'stop',
      message:
        `${browser.name} is missing: ${browser.envVar} is ${env[browser.envVar]}, which does not ` +
        `exist; point it at a ${browser.name} binary (or unset it and run ` +
        `\`sudo apt-get install ${browser.debianPackage}\`), then run \`${again}\` again.`,
    };
  }
  if (isRoot && hasAptGet) {
    return {
      action: 'install',
      missing: `${names} ${isAre} missing`,
      message: `Installing Debian's ${packages.join(' ')} (first run only)...`,
      commands: [
        ['apt-get', ['update', '-qq']],
        ['apt-get', ['install', '-y', '-qq', ...packages]],
      ],
    };
  }
  const vars = missing.map((browser) => browser.envVar).join(' / ');
  return {
    action: 'stop',
    message:
      `${names} ${isAre} missing: run \`sudo apt-get install ${packages.join(' ')}\` ` +
      `(or set ${vars}), then run \`${again}\` again.`,
  };
}

/**
 * Whether node_modules holds what package-lock.json lists. `installedVersion(path)` gives the
 * version in `<path>/package.json`, or undefined when that package is not installed. Optional
 * packages may be absent (other platforms' binaries).
 */
export function planDependencies({ lock, installedVersion, exists = () => true }) {
  if (!lock?.packages) {
    return {
      action: 'stop',
      message:
        'package-lock.json is missing or unreadable: restore it with `git checkout package-lock.json`.',
    };
  }
  let reason = exists('node_modules') ? undefined : 'node_modules is missing';
  for (const [path, entry] of reason ? [] : Object.entries(lock.packages)) {
    if (path === '' || entry.link || !path.startsWith('node_modules/')) continue;
    const installed = installedVersion(path);
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (installed === undefined) {
      if (entry.optional) continue;
      reason = `${name} is not installed`;
    } else if (entry.version !== undefined && installed !== entry.version) {
      reason = `${name} is ${installed}, package-lock.json says ${entry.version}`;
    }
    if (reason) break;
  }
  if (reason === undefined) return { action: 'none' };
  return {
    action: 'install',
    missing: `node_modules does not match package-lock.json (${reason})`,
    message: `Installing dependencies from package-lock.json with npm ci (${reason}; about 20 s)...`,
    // `npm ci` installs exactly the locked tree and never rewrites package-lock.json.
    commands: [['npm', ['ci', '--no-audit', '--no-fund']]],
  };
}

/** Node itself: the one prerequisite setup cannot install. */
export function planNode({ version, env }) {
  const major = Number(version.replace(/^v/, '').split('.')[0]);
  if (major >= MINIMUM_NODE_MAJOR) return { action: 'none' };
  return {
    action: 'stop',
    message: `Node.js ${MINIMUM_NODE_MAJOR} or newer is needed and this is ${version}: install it (https://nodejs.org), then run \`${againCommand(env)}\` again.`,
  };
}

/**
 * Runs the plans in order (Node, browsers, dependencies): a stop ends everything before
 * anything is installed. `run(command, args)` returns the exit status. Returns the exit code.
 */
export function setup({ check = false, dependenciesOnly = false, machine, run, log, error }) {
  const again = againCommand(machine.env);
  const plans = [
    () => planNode(machine),
    ...(dependenciesOnly ? [] : [() => planBrowsers(machine)]),
    () => planDependencies(machine),
  ];
  // Stops first: nothing is installed when the run cannot finish anyway.
  const decided = plans.map((plan) => plan());
  const stop = decided.find((plan) => plan.action === 'stop');
  if (stop) {
    error(stop.message);
    return 1;
  }
  const installs = decided.filter((plan) => plan.action === 'install');
  if (check) {
    for (const plan of installs) error(`${plan.missing}: \`${again}\` sets that up.`);
    return installs.length === 0 ? 0 : 1;
  }
  for (const plan of installs) {
    log(plan.message);
    for (const [command, args] of plan.commands) {
      const status = run(command, args);
      if (status !== 0) {
        error(
          `\`${[command, ...args].join(' ')}\` failed (exit ${status}, see above): fix that, then run \`${again}\` again.`,
        );
        return 1;
      }
    }
  }
  if (!dependenciesOnly) {
    // An install that "succeeded" but left no browser where the tests look is still a stop.
    const after = planBrowsers(machine);
    if (after.action === 'stop') error(after.message);
    if (after.action === 'install') {
      const vars = (machine.browsers ?? NEEDED_BROWSERS)
        .filter((browser) => !machine.exists(browserPath(browser, machine.env)))
        .map((browser) => browser.envVar);
      error(
        `${after.missing} after apt-get install: set ${vars.join(' / ')} to the binary, then run \`${again}\` again.`,
      );
    }
    if (after.action !== 'none') return 1;
  }
  return 0;
}

function onPath(command, env) {
  return (env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** The real machine, with the one test hook: WHH_SETUP_AS_USER=1 acts as a non-root user. */
export function realMachine(root, env = process.env) {
  const readJson = (path) => {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      return undefined;
    }
  };
  return {
    env,
    version: process.version,
    exists: (path) => existsSync(resolve(root, path)),
    isRoot: process.getuid?.() === 0 && env.WHH_SETUP_AS_USER !== '1',
    hasAptGet: onPath('apt-get', env),
    lock: readJson(join(root, 'package-lock.json')),
    installedVersion: (path) => readJson(join(root, path, 'package.json'))?.version,
  };
}

function main() {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const argv = process.argv.slice(2);
  const code = setup({
    check: argv.includes('--check'),
    dependenciesOnly: argv.includes('--dependencies-only'),
    machine: realMachine(root),
    run: (command, args) => {
      const result = spawnSync(command, args, {
        cwd: root,
        stdio: 'inherit',
        shell: process.platform === 'win32',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      return result.status ?? 1;
    },
    log: (line) => console.log(line),
    error: (line) => console.error(line),
  });
  process.exitCode = code;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
