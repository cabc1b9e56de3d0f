/*
 * XML 1.0 can carry only the characters of its `Char` production. A request holding any other
 * character is rejected as malformed, so these are removed (and only these):
 *   - C0 control characters except tab, line feed and carriage return (U+0000-U+0008,
 *     U+000B, U+000C, U+000E-U+001F),
 *   - lone surrogates (U+D800-U+DFFF not forming a pair; with the `u` flag a valid pair is one
 *     code point and does not match),
 *   - the non-characters U+FFFE and U+FFFF.
 * Everything else (emoji, C1 controls, private use, leading and trailing spaces) is kept exactly.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ILLEGAL_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

// `\r` is written as a character reference because XML parsers turn a literal CR (and CRLF)
// into LF; `>` is escaped so that `]]>` can never appear in character data.
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};

export function removeIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '');
}

/** Character data for an element: illegal characters removed, markup characters escaped. */
export function escapeXmlText(text: string): string {
  return removeIllegalXmlChars(text).replace(/[&<>\r]/g, (char) => ESCAPES[char] ?? char);
}
