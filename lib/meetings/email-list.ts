export interface ParsedEmail {
  email: string;
  name?: string;
}

/** One entry of a list, as the host typed it, and what it was understood as. */
export interface EmailListEntry {
  /** The entry as typed, trimmed. */
  text: string;
  /** The address (and name) it stands for; absent when it is not an address. */
  parsed?: ParsedEmail;
}

export interface EmailListParse {
  emails: ParsedEmail[];
  /** Entries that are not email addresses, as typed. */
  invalid: string[];
  /** Every entry in the order typed (duplicates included), at most MAX_LIST_ENTRIES. */
  entries: EmailListEntry[];
  /** True when the list held more than MAX_LIST_ENTRIES entries or MAX_LIST_CHARS characters. */
  truncated: boolean;
}

/** The most entries read from one list: lib/message-schemas.ts's MAX_INVITEES. */
export const MAX_LIST_ENTRIES = 500;
/** The most characters read from one list (500 long named addresses fit). */
export const MAX_LIST_CHARS = 100_000;

// One run of characters an address part may hold: no @, spaces or mail punctuation.
const ADDRESS_PART = /^[^\s@<>(),;:"[\]]+$/;

/**
 * Deliberately simple: one @, a dot in the domain with something before it and two characters
 * after, no spaces. WebEx checks the rest. Scanned in linear time (pasted lists can be long).
 */
export function isEmailAddress(text: string): boolean {
  const at = text.indexOf('@');
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (at < 0 || !ADDRESS_PART.test(local) || !ADDRESS_PART.test(domain)) return false;
  const dot = domain.indexOf('.', 1);
  return dot > 0 && dot <= domain.length - 3;
}

/** `Dave Smith <dave@example.com>` (the name optionally quoted), as mail programs copy it. */
function namedAddress(entry: string): { name: string; address: string } | undefined {
  const text = entry.trim();
  const open = text.indexOf('<');
  if (open < 0 || !text.endsWith('>')) return undefined;
  const address = text.slice(open + 1, -1);
  if (address === '' || address.includes('>')) return undefined;
  let name = text.slice(0, open).trimEnd();
  if (name.startsWith('"')) name = name.slice(1);
  if (name.endsWith('"')) name = name.slice(0, -1);
  return name.includes('"') ? undefined : { name, address };
}

/** True for `,`, `;` and line breaks: what separates entries outside quotes and brackets. */
export function isSeparator(char: string): boolean {
  return char === ',' || char === ';' || char === '\n' || char === '\r';
}

/** Entries separated by `,`, `;` or new lines outside quotes and angle brackets; one pass. */
function splitEntries(text: string): string[] {
  const entries: string[] = [];
  let start = 0;
  let inAngle = false;
  let inQuotes = false;
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at);
    if (char === '"') inQuotes = !inQuotes;
    else if (char === '<') inAngle = true;
    else if (char === '>') inAngle = false;
    else if (!inAngle && !inQuotes && isSeparator(char)) {
      entries.push(text.slice(start, at));
      start = at + 1;
    }
  }
  entries.push(text.slice(start));
  return entries.flatMap((entry) => splitBareAddresses(entry.trim())).filter(Boolean);
}

/**
 * "a@x.com b@y.com" (spaces only, each part with an @) is two addresses; "Dave <d@x.com>" is
 * one, and so is "dave at example.com": one entry to fix, not three fragments.
 */
function splitBareAddresses(entry: string): string[] {
  if (entry.includes('<')) return [entry];
  const parts = entry.split(/\s+/);
  return parts.every((part) => part.includes('@')) ? parts : [entry];
}

/**
 * Addresses separated by commas, semicolons, spaces or new lines, each bare or as
 * `Name <address>` (the name may be quoted); duplicates dropped from `emails`. Linear in the
 * text's length, and reads at most MAX_LIST_CHARS characters and MAX_LIST_ENTRIES entries.
 */
export function parseEmailList(text: string): EmailListParse {
  const emails: ParsedEmail[] = [];
  const invalid: string[] = [];
  const entries: EmailListEntry[] = [];
  const seen = new Set<string>();
  const all = splitEntries(text.slice(0, MAX_LIST_CHARS));
  const truncated = text.length > MAX_LIST_CHARS || all.length > MAX_LIST_ENTRIES;
  for (const entry of all.slice(0, MAX_LIST_ENTRIES)) {
    const named = namedAddress(entry);
    const email = (named ? named.address : entry).trim();
    const name = named?.name.trim();
    if (!isEmailAddress(email)) {
      invalid.push(entry);
      entries.push({ text: entry });
      continue;
    }
    const parsed = name ? { email, name } : { email };
    entries.push({ text: entry, parsed });
    const key = email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    emails.push(parsed);
  }
  return { emails, invalid, entries, truncated };
}
