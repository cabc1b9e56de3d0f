import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmailAddress, parseEmailList } from '../../../lib/meetings/email-list';
import { siteZoneRule } from '../../../lib/webex/site-time-zones';
import { looksLikeXmlApiMessage } from '../../../lib/webex/xml/response';

// The patterns the scans replaced, kept here only to show the scans answer as they did, on
// inputs short enough for them. Never ship these: they backtrack super-linearly.
// As before, except that a comment ends at its first `-->` (XML's rule, and the scan's): the
// old lazy `<!--[\s\S]*?-->` could backtrack across `-->x<!--` and take text for a comment.
const OLD_MESSAGE_START =
  /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<(?:[\w.-]+:)?message[\s>/]/;
const OLD_EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]{2,}$/;
const OLD_NAMED = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/;

const textOf = (pieces: readonly string[]) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(''));

const XML_PIECES = [
  '<!--',
  '-->',
  '<!---->',
  '<?xml',
  '?>',
  ' version="1.0"',
  '<',
  '>',
  '/',
  'message',
  'serv:',
  'a.b-c:',
  ':',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '\u3000',
  'x',
  '-',
  '?',
] as const;
const MAIL_PIECES = [
  'a',
  'bc',
  '@',
  '.',
  '..',
  'de',
  ' ',
  '<',
  '>',
  '"',
  '(',
  ',',
  ';',
  ':',
  '[',
  ']',
  'é',
] as const;

describe('the rewritten scans answer as the patterns they replaced', () => {
  it('looksLikeXmlApiMessage', () => {
    fc.assert(
      fc.property(textOf(XML_PIECES), (text) => {
        expect(looksLikeXmlApiMessage(text)).toBe(OLD_MESSAGE_START.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    '<?xml version="1.0" encoding="UTF-8"?>\n<!-- a -->\n<serv:message xmlns:serv="x">',
    '  <message>',
    '<ns1.v-2:message/>',
    '<!-- <serv:message> -->',
  ])('%j', (text) => {
    expect(looksLikeXmlApiMessage(text)).toBe(OLD_MESSAGE_START.test(text));
  });

  it('isEmailAddress', () => {
    fc.assert(
      fc.property(textOf(MAIL_PIECES), (text) => {
        expect(isEmailAddress(text)).toBe(OLD_EMAIL.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('a named address ("Name" <address>) in the invitee list', () => {
    fc.assert(
      fc.property(textOf(MAIL_PIECES), (text) => {
        const entry = text.trim();
        const old = OLD_NAMED.exec(entry);
        const [parsed] = parseEmailList(entry).emails;
        // Where the old pattern found a valid address, the list reads the same name and address.
        if (old && isEmailAddress(old[2]!.trim()) && !/[,;\n]/.test(entry)) {
          const name = old[1]!.trim();
          expect(parsed).toEqual(
            name ? { email: old[2]!.trim(), name } : { email: old[2]!.trim() },
          );
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("a time zone label's place, read from its last parentheses", () => {
    const at = Date.UTC(2026, 0, 15);
    expect(siteZoneRule(9999, -540, 'GMT-09:00, Alaska (Anchorage) ', at)).toEqual({
      ianaZone: 'America/Anchorage',
    });
    expect(siteZoneRule(9999, -540, 'GMT-09:00, Alaska (x) (Anchorage)', at)).toEqual({
      ianaZone: 'America/Anchorage',
    });
    expect(siteZoneRule(9999, -540, 'GMT-09:00, Alaska ()', at)).toEqual({ offsetMinutes: -540 });
  });
});
