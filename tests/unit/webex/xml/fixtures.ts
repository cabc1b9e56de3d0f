import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { XmlOperation } from '../../../../lib/webex/xml/operation-names';
import { readBodyContent } from '../../../../lib/webex/xml/response';
import type { XmlNode } from '../../../../lib/webex/xml/xml-tree';
import { readRecorded, recordedDir, recordedFiles } from '../../../support/reference';
import { SITE } from './test-session';

/** Requests and responses recorded against a real WebEx site (tests/reference/recorded). */
export const RECORDED_DIR = recordedDir;
/** Responses we wrote in WebEx's shape for operations nobody recorded. */
export const FIXTURE_DIR = join(import.meta.dirname, '../../../fixtures/xml');

export function recordedResponseFiles(): string[] {
  return recordedFiles(/response.*\.xml$/);
}

export { readRecorded };

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
