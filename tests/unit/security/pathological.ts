import { expect } from 'vitest';

/** How many times each troublesome unit is repeated. */
export const REPEATS = 100_000;

/** A bound, not a sleep: linear code reads these inputs in milliseconds; a backtracking
 * pattern takes minutes (the original comment pattern: 16 s for 30 comments, hours for 40). */
export const TIME_BOUND_MS = 1000;

/**
 * The units that make backtracking patterns explode when repeated: comments and their halves,
 * markup, white space of every kind, escapes, percent signs, entity starts, separators, quotes,
 * and the words the patterns look for.
 */
export const UNITS = [
  '<!---->',
  '<!--',
  '-->',
  '<',
  '>',
  '</',
  '<a>',
  '<?xml',
  '?>',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\u00a0',
  '\\x',
  '\\u',
  '\\',
  '%',
  '%2',
  '%25',
  '&',
  '&#',
  '&amp;',
  '=',
  '?',
  '#',
  ';',
  ',',
  ':',
  '.',
  '-',
  '@',
  '(',
  ')',
  '"',
  "'",
  'a',
  '1',
  'GMT+',
  'api not ',
  'not ',
  'location="',
  'location: ',
  'xsi:type=',
  'AT=HM&',
  'HTTP/1.1 ',
  'message',
  'serv:',
] as const;

/** Each unit repeated REPEATS times, then `suffix` (something that makes a match fail late). */
export function pathologicalInputs(suffix = '<x!'): [string, string][] {
  return UNITS.map((unit) => [JSON.stringify(unit), unit.repeat(REPEATS) + suffix]);
}

/** Runs `read` over `text` and fails if it took longer than the bound. */
export function expectLinear(read: (text: string) => unknown, text: string): void {
  const started = performance.now();
  try {
    read(text);
  } catch {
    // Refusing the input is fine; taking long over it is not.
  }
  expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
}
