import { t } from '../../i18n';
import { explainResult } from '../../webex/rs-catalogue';
import { parseBackUrlResult } from '../../webex/url/back-url';
import { explainedBackUrl, type ExplainedText } from '../explained-text';
import { decodeProblem } from './decode-problem';

/** A pasted back URL (or just its query string) explained like the in-page panel does. */
export function decodeBackUrl(text: string): ExplainedText {
  const result = parseBackUrlResult(text);
  if (!result) {
    return decodeProblem(
      t('decode.noResult.headline'),
      t('decode.noResult.meaning'),
      t('decode.noResult.action'),
    );
  }
  return explainedBackUrl(result, explainResult(result));
}
