export interface ParsedEmail {
  email: string;
  name?: string;
}

export interface EmailListParse {
  emails: ParsedEmail[];
  /** Entries that are not email addresses, as typed. */
  invalid: string[];
}

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
    else if (!inAngle && !inQuotes && (char === ',' || char === ';' || char === '\n')) {
      entries.push(text.slice(start, at));
      start = at + 1;
    }
  }
  entries.push(text.slice(start));
  return entries.flatMap((entry) => splitBareAddresses(entry.trim())).filter(Boolean);
}

/** "a@x.com b@y.com" (spaces only) is two addresses; "Dave <d@x.com>" is one. */
function splitBareAddresses(entry: string): string[] {
  if (entry.includes('<')) return [entry];
  return entry.split(/\s+/);
}

/** Addresses separated by commas, semicolons, spaces or new lines; duplicates dropped. */
export function parseEmailList(text: string): EmailListParse {
  const emails: ParsedEmail[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const entry of splitEntries(text)) {
    const named = namedAddress(entry);
    const email = (named ? named.address : entry).trim();
    const name = named?.name.trim();
    if (!isEmailAddress(email)) {
      invalid.push(entry);
      continue;
    }
    const key = email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    emails.push(name ? { email, name } : { email });
  }
  return { emails, invalid };
}
