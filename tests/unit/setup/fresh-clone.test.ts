import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The set-up step (scripts/setup.mjs) in a copy of this working tree without node_modules, as
// right after `git clone`: the tracked and new files, not what .gitignore leaves out.
const ROOT = join(import.meta.dirname, '../../..');

function copyOfWorkingTree(): string {
  const clone = mkdtempSync(join(tmpdir(), 'whh-clone-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((path) => path !== '' && existsSync(join(ROOT, path)));
  for (const path of files) {
    mkdirSync(dirname(join(clone, path)), { recursive: true });
    cpSync(join(ROOT, path), join(clone, path));
  }
  return clone;
}

// Run asynchronously: a minute-long npm ci in spawnSync would block the test worker, and
// vitest reports its silenced worker as an error even though every test passed.
function runSetup(clone: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = Date.now();
  const child = spawn(process.execPath, ['scripts/setup.mjs', ...args], {
    cwd: clone,
    env,
    timeout: 170_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise<{ status: number | null; stdout: string; stderr: string; seconds: number }>(
    (resolve, reject) => {
      child.on('error', reject);
      child.on('close', (status) =>
        resolve({ status, stdout, stderr, seconds: (Date.now() - started) / 1000 }),
      );
    },
  );
}

describe('npm start / npm test on a fresh clone', () => {
  let clone: string;
  beforeAll(() => {
    clone = copyOfWorkingTree();
  });
  // Removing the clone's freshly installed node_modules (~250 MB) can outlast the default 10 s
  // hook timeout on a busy machine.
  afterAll(() => rm(clone, { recursive: true, force: true }), 120_000);

  it('stops with one clear sentence when Chromium is missing and it cannot install it', async () => {
    // A PATH with node alone (no chromium, no apt-get), not root, CHROMIUM_PATH pointing nowhere.
    const bin = join(clone, '.test-bin');
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
    const env = {
      PATH: bin,
      HOME: clone,
      CHROMIUM_PATH: join(clone, 'no-such-chromium'),
      WHH_SETUP_AS_USER: '1',
      npm_lifecycle_event: 'start',
    };
    const sentence =
      `Chromium is missing: CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which does not exist; point ` +
      'it at a Chromium binary (or unset it and run `sudo apt-get install chromium`), then run ' +
      '`npm start` again.\n';

    for (const args of [['--check'], []]) {
      const result = await runSetup(clone, args, env);
      expect(result.stderr).toBe(sentence);
      expect(result.stdout).toBe('');
      expect(result.status).toBe(1);
    }
    // It stopped before doing anything else.
    expect(existsSync(join(clone, 'node_modules'))).toBe(false);
  });

  it(
    'installs node_modules from the lock file when they are missing',
    { timeout: 180_000 },
    async () => {
      const lockBefore = readFileSync(join(clone, 'package-lock.json'), 'utf8');
      const env = {
        ...process.env,
        // The machine's npm cache serves what it holds; the registry the rest.
        npm_config_prefer_offline: 'true',
        npm_lifecycle_event: 'test',
      };
      const check = await runSetup(clone, ['--check', '--dependencies-only'], env);
      expect(check.status).toBe(1);
      expect(check.stderr).toContain('node_modules is missing');

      const install = await runSetup(clone, ['--dependencies-only'], env);
      expect(install.status, install.stderr).toBe(0);
      expect(install.stdout).toContain(
        'Installing dependencies from package-lock.json with npm ci',
      );
      for (const name of ['tsx', 'vitest', 'wxt', 'playwright-core']) {
        expect(existsSync(join(clone, 'node_modules', name, 'package.json')), name).toBe(true);
      }
      expect(readFileSync(join(clone, 'package-lock.json'), 'utf8')).toBe(lockBefore);

      const again = await runSetup(clone, ['--dependencies-only'], env);
      expect([again.status, again.stdout, again.stderr]).toEqual([0, '', '']);
      // About 0.1 s on an idle machine; the bound leaves room for a busy one.
      expect(again.seconds).toBeLessThan(5);
      console.info(
        `fresh clone: npm ci ${install.seconds} s, setup when set up ${again.seconds} s`,
      );
    },
  );
});
