import { escapeXmlText, removeIllegalXmlChars } from './text';

type XmlText = string | number | boolean;

/**
 * Content of one element in a request: text, child elements, a list (the element repeated),
 * or undefined (left out).
 */
export type XmlContent = XmlText | XmlElements | readonly (XmlText | XmlElements)[] | undefined;

/** Child elements by qualified name (`meet:confName`), in schema order. */
export interface XmlElements {
  readonly [qualifiedName: string]: XmlContent;
}

/** The shape fast-xml-parser's builder expects, with every text already escaped. */
export interface BuilderTree {
  [name: string]: BuilderContent;
}
type BuilderContent = string | BuilderTree | (string | BuilderTree)[];

function prepareSingle(content: XmlText | XmlElements): string | BuilderTree | undefined {
  if (typeof content === 'number' || typeof content === 'boolean') return String(content);
  if (typeof content === 'string') {
    // The schema reads an empty element as a value (an empty xs:long is invalid), so empty
    // text, including text that was only illegal characters, leaves the element out.
    return removeIllegalXmlChars(content) === '' ? undefined : escapeXmlText(content);
  }
  return prepareElements(content);
}

function prepareContent(content: XmlContent): BuilderContent | undefined {
  if (content === undefined) return undefined;
  if (!Array.isArray(content)) return prepareSingle(content as XmlText | XmlElements);
  const items = (content as readonly (XmlText | XmlElements)[])
    .map(prepareSingle)
    .filter((item) => item !== undefined);
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
      const children = Array.isArray(content) ? content : [content];
      for (const child of children as XmlContent[]) {
        if (typeof child === 'object' && child !== null && !Array.isArray(child)) {
          visit(child as XmlElements);
        }
      }
    }
  };
  visit(elements);
  return prefixes;
}
