export interface ParsedEmail {
  email: string;
  name?: string;
}

export interface EmailListParse {
  emails: ParsedEmail[];
  /** Entries that are not email addresses, as typed. */
  invalid: string[];
}

// Deliberately simple: one @, a dot in the domain, no spaces. WebEx checks the rest.
const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]{2,}$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text);
}

/** `Dave Smith <dave@example.com>`, as mail programs copy addresses. */
const NAMED = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/;

function splitEntries(text: string): string[] {
  const entries: string[] = [];
  let current = '';
  let inAngle = false;
  let inQuotes = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    if (char === '<') inAngle = true;
    if (char === '>') inAngle = false;
    const separator = !inAngle && !inQuotes && (char === ',' || char === ';' || char === '\n');
    if (separator) {
      entries.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  entries.push(current);
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
    const named = NAMED.exec(entry);
    const email = (named ? named[2]! : entry).trim();
    const name = named?.[1]?.trim();
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
