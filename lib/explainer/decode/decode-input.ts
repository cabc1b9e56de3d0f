import { t, uiLanguage } from '../../i18n';
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
      t('decode.tooLong.headline'),
      t('decode.tooLong.meaning', { length: trimmed.length.toLocaleString(uiLanguage()) }),
      t('decode.tooLong.action'),
    );
  }
  return decodeKind(trimmed) === 'xml' ? decodeXmlResponse(trimmed) : decodeBackUrl(trimmed);
}
