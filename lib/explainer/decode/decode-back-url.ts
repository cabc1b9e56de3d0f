import { t } from '../../i18n';
import { explainResult } from '../../webex/rs-catalogue';
import { parseBackUrlResult } from '../../webex/url/back-url';
import { explainedBackUrl, type ExplainedText } from '../explained-text';
import { explainCommandLink } from './command-link';
import { decodeProblem } from './decode-problem';

/**
 * A pasted back URL (or just its query string) explained like the in-page panel does; a URL API
 * command that has not run yet (a start link, a join link) is told apart and described.
 */
export function decodeBackUrl(text: string): ExplainedText {
  const result = parseBackUrlResult(text);
  if (!result) {
    const link = explainCommandLink(text);
    if (link) return link;
    return decodeProblem(
      t('decode.noResult.headline'),
      t('decode.noResult.meaning'),
      t('decode.noResult.action'),
    );
  }
  return explainedBackUrl(result, explainResult(result));
}
