import { unexpectedAnswer, type MissingPart } from './failures';
import type { XmlOperation } from './operation-names';
import { childText, type XmlNode } from './xml-tree';

/** A value such as a key, URL or code: surrounding whitespace dropped, empty = absent. */
export function readToken(node: XmlNode | undefined, localName: string): string | undefined {
  const text = childText(node, localName)?.trim();
  return text === '' ? undefined : text;
}

export function readInteger(node: XmlNode | undefined, localName: string): number | undefined {
  const text = readToken(node, localName);
  return text !== undefined && /^[-+]?\d+$/.test(text) ? Number(text) : undefined;
}

export function readBoolean(node: XmlNode | undefined, localName: string): boolean | undefined {
  const text = readToken(node, localName)?.toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  return undefined;
}

/** Returns the value, or throws 'unexpected' naming what was missing in the host's words. */
export function required<T>(
  value: T | undefined,
  operation: XmlOperation,
  missing: MissingPart,
): T {
  if (value === undefined) throw unexpectedAnswer(operation, missing);
  return value;
}

/** The object without its undefined properties, so that models stay minimal when cloned. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
