import { t } from '../../i18n';
import { explainResult } from '../../webex/rs-catalogue';
import { parseBackUrlResult } from '../../webex/url/back-url';
import { decodeLeniently } from '../../webex/url/percent-decoding';
import { explainedBackUrl, type ExplainedText } from '../explained-text';
import { explainCommandLink } from './command-link';
import { decodeProblem } from './decode-problem';
import { explainMeetingLink, joinTargetOf } from './meeting-link';
import { resultNextSteps } from './result-next-steps';

// An address whose own `://` or `?` is encoded; a plain address with encoded values is not.
const WHOLLY_ENCODED = /^https?%3A%2F%2F/i;

/**
 * A pasted back URL (or just its query string) explained like the in-page panel does; a URL API
 * command that has not run yet (a start link, a join link) is told apart and described.
 */
export function decodeBackUrl(text: string): ExplainedText {
  // A back URL copied out of another link's BU is itself percent-encoded (https%3A%2F%2F...).
  const encoded = WHOLLY_ENCODED.test(text);
  const address = encoded ? decodeLeniently(text) : text;
  const explained = decodeAddress(address);
  if (!encoded) return explained;
  return {
    ...explained,
    facts: [
      ...explained.facts,
      { label: t('decode.facts.decodedFrom'), value: t('decode.facts.percentEncoded') },
    ],
  };
}

function decodeAddress(text: string): ExplainedText {
  const result = parseBackUrlResult(text);
  if (!result) {
    const link = explainCommandLink(text);
    // A join command link (m.php?AT=JM&MK=..) is also a meeting to join.
    const join = link && joinTargetOf(text);
    if (link) return join ? { ...link, next: { actions: ['join-meeting'], join } } : link;
    return (
      explainMeetingLink(text) ??
      decodeProblem(
        t('decode.noResult.headline'),
        t('decode.noResult.meaning'),
        t('decode.noResult.action'),
      )
    );
  }
  const explanation = explainResult(result);
  return {
    ...explainedBackUrl(result, explanation),
    next: resultNextSteps(result, explanation, text),
  };
}
