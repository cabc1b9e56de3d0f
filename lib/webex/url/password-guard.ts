import { t } from '../../i18n';
import { decodeLeniently } from './percent-decoding';

// A `PW`, `PWD` or `PID` parameter at any nesting level: after ?, &, # or ; and before =.
const PASSWORD_PARAMETER = /(?:^|[?&#;])\s*(?:pw|pwd|pid)\s*=/i;
const MAX_DECODING_DEPTH = 5;

/** True when the text, raw or decoded as deep as it nests, carries a PW=, PWD= or PID= parameter. */
export function carriesPasswordParameter(text: string): boolean {
  let layer = text;
  for (let depth = 0; depth <= MAX_DECODING_DEPTH; depth++) {
    if (PASSWORD_PARAMETER.test(layer)) return true;
    const decoded = decodeLeniently(layer);
    if (decoded === layer) return false;
    layer = decoded;
  }
  // Still decoding after that many layers: nobody builds that honestly.
  return true;
}

/**
 * Passwords never go in a URL (WebEx refuses PW and PID in GET since 2016). `what` names the
 * part checked, in the reader's language (`webex.url.part.*`).
 */
export function assertNoPasswordParameter(text: string, what: string): void {
  if (carriesPasswordParameter(text)) {
    throw new Error(t('webex.url.carriesPassword', { what }));
  }
}
