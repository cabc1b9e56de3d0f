import type { ExplainedText } from '../explained-text';
import { decodeBackUrl } from './decode-back-url';
import { decodeProblem } from './decode-problem';
import { decodeXmlResponse } from './decode-xml-response';

/** Larger pastes are not WebEx answers or addresses; refusing them keeps the popup responsive. */
export const MAX_DECODE_INPUT = 200_000;

export type DecodeKind = 'back-url' | 'xml';

/** XML starts with `<`; anything else is read as an address or a query string. */
export function decodeKind(text: string): DecodeKind {
  return text.trimStart().startsWith('<') ? 'xml' : 'back-url';
}

/** Explains a pasted back URL or XML API response; undefined for blank input. */
export function decodeInput(text: string): ExplainedText | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (trimmed.length > MAX_DECODE_INPUT) {
    return decodeProblem(
      'That is too long to be a WebEx answer',
      `The text is ${trimmed.length.toLocaleString('en')} characters long; WebEx back URLs and XML answers are far shorter.`,
      'Paste only the address of the result page, or only the XML response body.',
    );
  }
  return decodeKind(trimmed) === 'xml' ? decodeXmlResponse(trimmed) : decodeBackUrl(trimmed);
}
