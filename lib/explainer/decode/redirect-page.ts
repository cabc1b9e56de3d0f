// WebEx answers a URL API command with an HTTP 200 page whose script sends the browser on:
// `<script>location.href="https\x3a\x2f\x2facme.webex.com\x2f...";</script>`. Everything here
// scans the pasted text once, character by character; no pattern backtracks over it.

/** Longest redirect target read: far more than any WebEx address. */
export const MAX_REDIRECT_TARGET = 8000;

// What may follow `location` before the quoted address: `.href =`, `.replace(`, `.assign(`, `=`.
const ASSIGNMENTS = ['.href', '.replace', '.assign', ''];

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

function skipSpaces(text: string, from: number): number {
  let index = from;
  while (index < text.length && index - from < 40 && isSpace(text.charAt(index))) index++;
  return index;
}

function hexValue(text: string, from: number, length: number): number | undefined {
  const digits = text.slice(from, from + length);
  return digits.length === length && /^[0-9A-Fa-f]+$/.test(digits)
    ? parseInt(digits, 16)
    : undefined;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '', f: '', v: '' };

/**
 * A JavaScript string literal's body, unescaped: `\xHH`, `\uHHHH`, `\/`, `\\`, quotes.
 * Reads up to the closing `quote`; undefined if there is none within MAX_REDIRECT_TARGET.
 */
export function readJavaScriptString(
  text: string,
  from: number,
  quote: string,
): string | undefined {
  let out = '';
  let index = from;
  const end = Math.min(text.length, from + MAX_REDIRECT_TARGET);
  while (index < end) {
    const char = text.charAt(index);
    if (char === quote) return out;
    if (char !== '\\') {
      out += char;
      index++;
      continue;
    }
    const next = text.charAt(index + 1);
    const size = next === 'x' ? 2 : next === 'u' ? 4 : 0;
    const code = size > 0 ? hexValue(text, index + 2, size) : undefined;
    if (code !== undefined) {
      out += String.fromCharCode(code);
      index += 2 + size;
    } else {
      out += SIMPLE_ESCAPES[next] ?? next;
      index += 2;
    }
  }
  return undefined;
}

function targetAfter(text: string, at: number): string | undefined {
  for (const assignment of ASSIGNMENTS) {
    if (!text.startsWith(assignment, at)) continue;
    let index = skipSpaces(text, at + assignment.length);
    const opener = text.charAt(index);
    if (opener !== '=' && opener !== '(') continue;
    index = skipSpaces(text, index + 1);
    const quote = text.charAt(index);
    if (quote !== '"' && quote !== "'") continue;
    return readJavaScriptString(text, index + 1, quote);
  }
  return undefined;
}

/**
 * The address a redirect page's script sends the browser to (`location.href = "..."`,
 * `location.replace('...')`, `window.location = "..."`), unescaped; undefined if there is none.
 */
export function redirectTarget(text: string): string | undefined {
  for (let at = text.indexOf('location'); at !== -1; at = text.indexOf('location', at + 1)) {
    const target = targetAfter(text, at + 'location'.length)?.trim();
    if (target) return target;
  }
  return undefined;
}
