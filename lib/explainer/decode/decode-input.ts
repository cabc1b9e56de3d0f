import { t, uiLanguage } from '../../i18n';
import { sanitizeValue } from '../../webex/url/result-values';
import { splitUrl } from '../../webex/url/url-parts';
import { looksLikeXmlApiMessage } from '../../webex/xml/response';
import type { ExplainedText, Fact } from '../explained-text';
import { decodeBackUrl } from './decode-back-url';
import { decodeProblem } from './decode-problem';
import { decodeXmlResponse } from './decode-xml-response';
import { splitHttpAnswer } from './http-answer';
import { redirectTarget } from './redirect-page';

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
  return decodeAnswer(trimmed);
}

function withFact(explained: ExplainedText, fact: Fact): ExplainedText {
  return { ...explained, facts: [...explained.facts, fact] };
}

/** An answer copied with its HTTP status line and headers is read from its body. */
function decodeAnswer(text: string): ExplainedText {
  const http = splitHttpAnswer(text);
  if (!http) return decodeBody(text);
  // A 3xx answer carries its result in the Location header instead.
  const inner = http.body || http.location;
  const explained = inner
    ? decodeBody(inner)
    : decodeProblem(
        t('decode.noBody.headline'),
        t('decode.noBody.meaning'),
        t('decode.noBody.action'),
      );
  return withFact(explained, { label: t('decode.facts.httpStatus'), value: http.status });
}

function decodeBody(text: string): ExplainedText {
  // WebEx's redirect page: the result is in the address its script sends the browser to.
  const target = looksLikeXmlApiMessage(text) ? undefined : redirectTarget(text);
  if (target) {
    return withFact(decodeBackUrl(target), {
      label: t('decode.facts.redirectsTo'),
      value: sanitizeValue(splitUrl(target).path),
    });
  }
  return decodeKind(text) === 'xml' ? decodeXmlResponse(text) : decodeBackUrl(text);
}
