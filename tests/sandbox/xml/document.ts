import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One element, with namespaces resolved, text kept exactly (entities and &#13; decoded). */
export interface XmlElement {
  local: string;
  namespace: string | undefined;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** Prefixes in scope ('' for the default namespace). */
  scope: ReadonlyMap<string, string>;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true, // needed for numeric references (&#13;); named HTML entities never reach here (see xsd check)
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
});

/** The document element, or undefined when the text is not one well-formed XML element. */
export function parseXml(text: string): XmlElement | undefined {
  if (/<!DOCTYPE/i.test(text) || XMLValidator.validate(text) !== true) return undefined;
  const nodes = parser.parse(text) as OrderedNode[];
  const elements = nodes.filter((node) => elementName(node) !== undefined);
  const strayText = nodes.some(
    (node) => typeof node['#text'] === 'string' && node['#text'].trim() !== '',
  );
  if (elements.length !== 1 || strayText) return undefined;
  return toElement(elements[0] as OrderedNode, new Map());
}

function elementName(node: OrderedNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@' && key !== '#text' && key !== '#cdata');
}

function toElement(node: OrderedNode, parentScope: ReadonlyMap<string, string>): XmlElement {
  const name = elementName(node) as string;
  const attributes = node[':@'] ?? {};
  const scope = new Map(parentScope);
  for (const [attribute, value] of Object.entries(attributes)) {
    if (attribute === 'xmlns') scope.set('', value);
    else if (attribute.startsWith('xmlns:')) scope.set(attribute.slice(6), value);
  }
  const { prefix, local } = splitQName(name);
  const element: XmlElement = {
    local,
    namespace: scope.get(prefix),
    attributes,
    children: [],
    text: '',
    scope,
  };
  for (const item of node[name] as OrderedNode[]) {
    if (typeof item['#text'] === 'string') element.text += item['#text'];
    else if (Array.isArray(item['#cdata'])) {
      element.text += (item['#cdata'] as { '#text': string }[])
        .map((part) => part['#text'])
        .join('');
    } else if (elementName(item) !== undefined) element.children.push(toElement(item, scope));
  }
  return element;
}

export function splitQName(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(':');
  return colon === -1
    ? { prefix: '', local: name }
    : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

/** Resolves a QName written in an attribute value (such as xsi:type) against the element's scope. */
export function resolveQName(
  element: XmlElement,
  qname: string,
): { namespace: string | undefined; local: string } {
  const { prefix, local } = splitQName(qname.trim());
  return { namespace: element.scope.get(prefix), local };
}

/** An attribute by namespace and local name, whatever prefix the sender chose. */
export function attribute(
  element: XmlElement,
  namespace: string,
  local: string,
): string | undefined {
  for (const [name, value] of Object.entries(element.attributes)) {
    const { prefix, local: attributeLocal } = splitQName(name);
    if (prefix !== '' && attributeLocal === local && element.scope.get(prefix) === namespace) {
      return value;
    }
  }
  return undefined;
}

export function child(element: XmlElement | undefined, local: string): XmlElement | undefined {
  return element?.children.find((item) => item.local === local);
}

export function children(element: XmlElement | undefined, local: string): XmlElement[] {
  return element?.children.filter((item) => item.local === local) ?? [];
}

/** Text of a child element, undefined when the child is absent. */
export function childText(element: XmlElement | undefined, local: string): string | undefined {
  return child(element, local)?.text;
}

/** Text along a path of local names. */
export function pathText(element: XmlElement | undefined, ...path: string[]): string | undefined {
  let current = element;
  for (const local of path) current = child(current, local);
  return current?.text;
}
