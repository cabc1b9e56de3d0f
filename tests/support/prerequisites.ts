import { existsSync } from 'node:fs';
import { join } from 'node:path';

// What the sandbox and the browser harness need from the machine, checked before they start so
// that a missing piece reads as one plain sentence, never as a stack trace or a WebEx fault.

const ROOT = join(import.meta.dirname, '../..');

/** A prerequisite is missing; the message is one sentence naming it and the fix. */
export class MissingPrerequisiteError extends Error {
  override name = 'MissingPrerequisiteError';
}

/** Packages from node_modules that are absent (e.g. `npm ci` never ran). */
export function missingPackages(names: readonly string[], root = ROOT): string[] {
  return names.filter((name) => !existsSync(join(root, 'node_modules', name, 'package.json')));
}

export function missingPackagesSentence(missing: readonly string[]): string | undefined {
  if (missing.length === 0) return undefined;
  return (
    `The sandbox cannot start: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not ` +
    'installed; run `npm ci` (or `npm start`, which runs it), then try again.'
  );
}

export function missingChromiumSentence(path: string, fromEnv: boolean): string {
  return (
    `Chromium is missing: ${path}${fromEnv ? ' (CHROMIUM_PATH)' : ''} does not exist; run ` +
    "`node scripts/setup.mjs` (it installs Debian's chromium as root, or names the command) " +
    'or set CHROMIUM_PATH to a Chromium binary.'
  );
}

/**
 * Stops on a missing prerequisite. In a command (`npm start`, `npm run sandbox`) it prints the
 * sentence alone and exits 1; under a test runner it throws, so the test fails with the same
 * sentence.
 */
export function stopForMissing(sentence: string): never {
  if (process.env.VITEST) throw new MissingPrerequisiteError(sentence);
  console.error(sentence);
  process.exit(1);
}
