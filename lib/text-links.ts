import { parseUrl } from './url';

/** A piece of a message: plain text, or an address shown as a link to `href`. */
export type TextPart = { text: string } | { text: string; href: string };

// An address as written in a sentence: "https://" up to the next space or quotation mark.
const ADDRESS = /https:\/\/[^\s"'<>“”‘’«»]+/g;
// Sentence punctuation after an address belongs to the sentence ("…", "." and the like).
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '…', '。', '、', '）']);
// WebEx's own domain: its sites (acme.webex.com) and pages (help.webex.com).
const KNOWN_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*webex\.com$/;

function withoutTrailing(address: string): string {
  let end = address.length;
  while (end > 0 && TRAILING.has(address[end - 1]!)) end -= 1;
  return address.slice(0, end);
}

/** The link for an address, only for https on a known host, without credentials or port. */
function linkFor(address: string): string | undefined {
  const url = parseUrl(address);
  if (!url || url.protocol !== 'https:' || url.username || url.password || url.port) return;
  return KNOWN_HOST.test(url.hostname) ? url.href : undefined;
}

/**
 * A message split into text and links: each `https://` address on a WebEx host
 * (`*.webex.com`) becomes a link part; every other address (http, another host, credentials,
 * a port) stays text. The text is never parsed as markup: the parts are rendered as text and
 * `<a href>` elements only (components/LinkedText.tsx). Parts joined give back `text`.
 */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const address = withoutTrailing(match[0]);
    const href = address && linkFor(address);
    if (!href) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: address, href });
    last = match.index + address.length;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last) });
  return parts;
}
