/** Text content for XML: markup characters escaped, carriage returns kept as &#13;. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

/** `<name>text</name>`, or `<name/>` for empty text. */
export function tag(name: string, text: string | number | boolean): string {
  const value = String(text);
  return value === '' ? `<${name}/>` : `<${name}>${escapeXml(value)}</${name}>`;
}

/** `<name>…children…</name>`, or `<name/>` without children. */
export function group(name: string, inner: readonly string[]): string {
  return inner.length === 0 ? `<${name}/>` : `<${name}>${inner.join('')}</${name}>`;
}
