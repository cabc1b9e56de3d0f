import { explainResult } from '../../webex/rs-catalogue';
import { parseBackUrlResult } from '../../webex/url/back-url';
import { explainedBackUrl, type ExplainedText } from '../explained-text';
import { decodeProblem } from './decode-problem';

/** A pasted back URL (or just its query string) explained like the in-page panel does. */
export function decodeBackUrl(text: string): ExplainedText {
  const result = parseBackUrlResult(text);
  if (!result) {
    return decodeProblem(
      'No WebEx result in this address',
      'A WebEx result needs both AT (the command) and ST (SUCCESS or FAIL) in the query string, and this text has not got them.',
      'Paste the whole address of the page WebEx sent you to, including everything after the "?".',
    );
  }
  return explainedBackUrl(result, explainResult(result));
}
