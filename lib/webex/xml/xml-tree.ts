import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * A parsed element: its children by LOCAL name (prefixes removed, so `serv:`, `ns1:` or no
 * prefix all read the same), each always a list, and its text in `#text`, exact and as a
 * string ('000015' and meeting keys keep their leading zeros).
 */
export interface XmlNode {
  readonly [localName: string]: readonly XmlNode[] | string | undefined;
}

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: false,
  isArray: () => true,
  alwaysCreateTextNode: true,
  processEntities: true,
  // Also decodes numeric character references (&#13;, &#x1F600;), which XML requires.
  htmlEntities: true,
});

// WebEx answers never declare a DTD.
const DOCUMENT_TYPE = /<!DOCTYPE|<!ENTITY/i;

/**
 * Whether the text declares a document type or an entity. WebEx's answers never do; both the
 * XML API client and Decode refuse such text before parsing it, so no entity from a server or
 * a paste is ever expanded.
 */
export function declaresDocumentType(xml: string): boolean {
  return DOCUMENT_TYPE.test(xml);
}

/** The document as a node whose children are the root element(s). Expects well-formed XML. */
export function parseXmlDocument(xml: string): XmlNode {
  return parser.parse(xml) as XmlNode;
}

/**
 * The document, or undefined when it is not well-formed. The validator lets some cut-off
 * input through (`<a/`) on which the parser then throws, so both have to agree.
 */
export function tryParseXmlDocument(xml: string): XmlNode | undefined {
  if (XMLValidator.validate(xml) !== true) return undefined;
  try {
    return parseXmlDocument(xml);
  } catch {
    return undefined;
  }
}

export function childNodes(node: XmlNode | undefined, localName: string): readonly XmlNode[] {
  const children = node?.[localName];
  return Array.isArray(children) ? children : [];
}

export function childNode(node: XmlNode | undefined, localName: string): XmlNode | undefined {
  return childNodes(node, localName)[0];
}

export function nodeText(node: XmlNode | undefined): string | undefined {
  const text = node?.['#text'];
  return typeof text === 'string' ? text : undefined;
}

/** The exact text of the first child with this local name, or undefined if there is none. */
export function childText(node: XmlNode | undefined, localName: string): string | undefined {
  return nodeText(childNode(node, localName));
}

/** Follows a path of local names, e.g. `['header', 'response', 'result']`. */
export function descend(node: XmlNode | undefined, path: readonly string[]): XmlNode | undefined {
  return path.reduce<XmlNode | undefined>((current, name) => childNode(current, name), node);
}
