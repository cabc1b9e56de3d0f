import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { XmlOperation } from '../../../../lib/webex/xml/operation-names';
import { readBodyContent } from '../../../../lib/webex/xml/response';
import type { XmlNode } from '../../../../lib/webex/xml/xml-tree';
import { SITE } from './test-session';

/** Requests and responses recorded against a real WebEx site (../shared/webex-reference). */
export const RECORDED_DIR = join(
  import.meta.dirname,
  '../../../../../shared/webex-reference/recorded',
);
/** Responses we wrote in WebEx's shape for operations nobody recorded. */
export const FIXTURE_DIR = join(import.meta.dirname, '../../../fixtures/xml');

export function recordedResponseFiles(): string[] {
  return readdirSync(RECORDED_DIR)
    .filter((name) => /response.*\.xml$/.test(name))
    .sort();
}

export function readRecorded(name: string): string {
  return readFileSync(join(RECORDED_DIR, name), 'utf8');
}

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

export function bodyContentOf(xml: string, operation: XmlOperation): XmlNode {
  return readBodyContent(xml, { operation, site: SITE });
}

/** Runs `action` and returns what it threw; fails the test if it did not throw. */
export function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}
