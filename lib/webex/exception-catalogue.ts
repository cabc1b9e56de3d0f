import { t } from '../i18n';
import type { Explanation } from './errors';
import { isKnownExceptionId, type KnownExceptionId } from './exception-ids';

/**
 * What a known `exceptionID` means for a host, in our own words: locales/*.yml
 * `webex.exception.e<code>`, one title, meaning and action for each code of ExceptionId (a code
 * without its three keys does not compile). Built when asked, so it reads in the current language.
 */
function explainKnown(code: KnownExceptionId): Explanation {
  return {
    title: t(`webex.exception.e${code}.title`),
    meaning: t(`webex.exception.e${code}.meaning`),
    action: t(`webex.exception.e${code}.action`),
  };
}

/**
 * An explanation for an XML API failure. Branch on the code, never on `reason`: WebEx's reason
 * text is for people and changes between releases. Unknown codes get a general explanation that
 * quotes the server's reason as WebEx sent it, as plain text (the UI renders text, never markup).
 */
export function explainException(exceptionId: string, reason?: string): Explanation {
  const code = exceptionId.trim();
  if (isKnownExceptionId(code)) return explainKnown(code);
  const said = reason?.trim();
  return {
    title:
      code === ''
        ? t('webex.exception.unknown.title')
        : t('webex.exception.unknown.titleWithCode', { code }),
    meaning:
      said === undefined || said === ''
        ? t('webex.exception.unknown.meaningWithoutReason')
        : t('webex.exception.unknown.meaning', { reason: said }),
    action: t('webex.exception.unknown.action'),
  };
}
