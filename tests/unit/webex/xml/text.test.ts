import { describe, expect, test } from 'vitest';
import { escapeXmlText, removeIllegalXmlChars } from '../../../../lib/webex/xml/text';

describe('escapeXmlText', () => {
  test.each([
    ['plain', 'plain'],
    ['a & b', 'a &amp; b'],
    ['<tag>', '&lt;tag&gt;'],
    ['x]]>y', 'x]]&gt;y'],
    ['line\r\nbreak', 'line&#13;\nbreak'],
    ['  spaces kept  ', '  spaces kept  '],
    ['tab\there', 'tab\there'],
    ['"quotes" \'too\'', '"quotes" \'too\''],
    ['&amp; stays literal', '&amp;amp; stays literal'],
    ['emoji 😀 👩‍💻', 'emoji 😀 👩‍💻'],
    ['bell\u0007 and nul\u0000', 'bell and nul'],
  ])('%j -> %j', (input, escaped) => {
    expect(escapeXmlText(input)).toBe(escaped);
  });
});

describe('removeIllegalXmlChars', () => {
  test.each([
    [
      'C0 controls except tab, LF, CR',
      '\u0000\u0001\u0008\t\n\u000B\u000C\r\u000E\u001F',
      '\t\n\r',
    ],
    ['lone high surrogate', 'a\uD83Db', 'ab'],
    ['lone low surrogate', 'a\uDE00b', 'ab'],
    ['reversed pair', '\uDE00\uD83D', ''],
    ['a valid pair stays', '\uD83D\uDE00', '😀'],
    ['U+FFFE and U+FFFF', 'a\uFFFEb\uFFFF', 'ab'],
    [
      'C1 controls, U+FFFD and private use stay',
      '\u0085\u009F\uFFFD\uE000',
      '\u0085\u009F\uFFFD\uE000',
    ],
  ])('%s', (_name, input, kept) => {
    expect(removeIllegalXmlChars(input)).toBe(kept);
  });
});
