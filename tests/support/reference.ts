import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The only place that knows where the reference material lives (tests/reference/, see its
// README.md for where each part comes from). Tests read it through these names.

/** tests/reference/: material nobody on this team wrote, kept in the repository. */
export const referenceRoot = join(import.meta.dirname, '../reference');

/** The published XML API schemas (the files import one another by relative path). */
export const xsdRoot = join(referenceRoot, 'xsd');

/** Requests and responses recorded against a real WebEx site in 2016. */
export const recordedDir = join(referenceRoot, 'recorded');
/** The same folder as a file: URL ending in `/`, for `new URL(name, recordedUrl)`. */
export const recordedUrl = pathToFileURL(`${recordedDir}/`);

/** Cisco's OpenAPI description of the Webex Meetings REST API, unchanged. */
export const restOpenApiPath = join(referenceRoot, 'rest', 'webex-meeting.json');

/** The two documents the product grew from. */
export const seedsDir = join(referenceRoot, 'seeds');

export function readRecorded(name: string): string {
  return readFileSync(join(recordedDir, name), 'utf8');
}

/** Names of the recorded files, sorted; `pattern` narrows them (e.g. responses only). */
export function recordedFiles(pattern = /\.xml$/): string[] {
  return readdirSync(recordedDir)
    .filter((name) => pattern.test(name))
    .sort();
}

/** The path of a seed by its number: `seedPath('004')`. */
export function seedPath(number: '000' | '004'): string {
  const name = readdirSync(seedsDir).find((file) => file.startsWith(`${number}_`));
  if (name === undefined) throw new Error(`seed ${number} is not in ${seedsDir}`);
  return join(seedsDir, name);
}

export function readSeed(number: '000' | '004'): string {
  return readFileSync(seedPath(number), 'utf8');
}
