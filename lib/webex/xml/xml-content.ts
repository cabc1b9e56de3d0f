import { escapeXmlText, removeIllegalXmlChars } from './text';

/** Content of one element in a request: text, child elements, or nothing (left out). */
export type XmlContent = string | number | boolean | XmlElements | readonly XmlElements[] | undefined;

/** Child elements by qualified name (`meet:confName`), in schema order. */
export interface XmlElements {
  readonly [qualifiedName: string]: XmlContent;
}

/** The shape fast-xml-parser's builder expects, with every text already escaped. */
export interface BuilderTree {
  [name: string]: string | BuilderTree | BuilderTree[];
}

function isElements(content: XmlContent): content is XmlElements {
  return typeof content === 'object' && content !== null && !Array.isArray(content);
}

function prepareContent(content: XmlContent): string | BuilderTree | BuilderTree[] | undefined {
  if (content === undefined) return undefined;
  if (typeof content === 'number' || typeof content === 'boolean') return String(content);
  if (typeof content === 'string') {
    // The schema treats an empty element as a value (an empty xs:long is invalid), so empty
    // text, including text that was only illegal characters, leaves the element out.
    return removeIllegalXmlChars(content) === '' ? undefined : escapeXmlText(content);
  }
  if (isElements(content)) return prepareElements(content);
  const items = content.map(prepareElements).filter((item) => item !== undefined);
  return items.length > 0 ? items : undefined;
}

/** Escapes every text and drops empty elements; returns undefined if nothing is left. */
export function prepareElements(elements: XmlElements): BuilderTree | undefined {
  const tree: BuilderTree = {};
  for (const [name, content] of Object.entries(elements)) {
    const prepared = prepareContent(content);
    if (prepared !== undefined) tree[name] = prepared;
  }
  return Object.keys(tree).length > 0 ? tree : undefined;
}

/** Namespace prefixes of every element name in a tree, e.g. `meet` and `att`. */
export function prefixesIn(elements: XmlElements): Set<string> {
  const prefixes = new Set<string>();
  const visit = (tree: XmlElements) => {
    for (const [name, content] of Object.entries(tree)) {
      const colon = name.indexOf(':');
      if (colon > 0) prefixes.add(name.slice(0, colon));
      if (isElements(content)) visit(content);
      else if (Array.isArray(content)) (content as readonly XmlElements[]).forEach(visit);
    }
  };
  visit(elements);
  return prefixes;
}
