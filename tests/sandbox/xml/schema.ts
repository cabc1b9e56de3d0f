import { validateAgainstXsd } from '../../support/xsd.ts';

export interface SchemaVerdict {
  /** libxml2 could not parse the document at all. */
  malformed: boolean;
  errors: string[];
  /** Errors the published (2011) schema raises on requests that today's WebEx documents as valid. */
  gaps: string[];
}

/**
 * The 2011 schema makes authenticateUser's samlResponse mandatory; WebEx accepts AuthenticateUser
 * with an empty body and the password in the securityContext (design.md), so that one is a gap.
 */
const SCHEMA_GAPS = [
  /Missing child element\(s\)\. Expected is \( \{http:\/\/www\.webex\.com\/schemas\/2002\/06\/service\/user\}samlResponse \)/,
];

const cache = new Map<string, SchemaVerdict>();
const CACHE_LIMIT = 256;

export async function checkSchema(xml: string): Promise<SchemaVerdict> {
  const cached = cache.get(xml);
  if (cached) return cached;
  const result = await validateAgainstXsd(xml);
  // libxml2 adds the offending source line (and a caret line) after each message: keep messages.
  const messages = result.errors.filter((line) => /^request\.xml:\d+:/.test(line));
  const verdict: SchemaVerdict = {
    malformed: messages.some((message) => message.includes('parser error')),
    errors: messages.filter((message) => !SCHEMA_GAPS.some((gap) => gap.test(message))),
    gaps: messages.filter((message) => SCHEMA_GAPS.some((gap) => gap.test(message))),
  };
  if (!result.valid && messages.length === 0) verdict.errors.push(...result.errors);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(xml, verdict);
  return verdict;
}
