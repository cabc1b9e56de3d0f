import { t } from '../i18n';
import type { Explanation, WebExSubError } from './errors';
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

/** What else a FAILURE said besides its code and reason. */
export interface FailureCircumstances {
  /** BACKUP: the site ran on WebEx's backup servers when it failed. */
  gsbStatus?: string;
  subErrors?: readonly WebExSubError[];
}

/** "AS0001 (reason); ...": each sub-error's code, then WebEx's words for it. */
export function describeSubErrors(subErrors: readonly WebExSubError[]): string {
  return subErrors
    .map(({ exceptionId, reason }) => (reason ? `${exceptionId} (${reason})` : exceptionId))
    .join('; ');
}

/** The circumstances, in words, after the code's own meaning: backup servers, then sub-errors. */
function withCircumstances(
  explanation: Explanation,
  circumstances: FailureCircumstances,
): Explanation {
  const added: string[] = [];
  if (circumstances.gsbStatus?.trim().toUpperCase() === 'BACKUP') {
    added.push(t('webex.exception.backupServers'));
  }
  const subErrors = circumstances.subErrors ?? [];
  if (subErrors.length > 0) {
    added.push(t('webex.exception.subErrors', { details: describeSubErrors(subErrors) }));
  }
  if (added.length === 0) return explanation;
  return { ...explanation, meaning: [explanation.meaning, ...added].join(' ') };
}

/**
 * An explanation for an XML API failure. Branch on the code, never on `reason`: WebEx's reason
 * text is for people and changes between releases. An unknown code's title is WebEx's own reason
 * sentence, as plain text (the UI renders text, never markup), with one sentence of advice that
 * does not suggest the same request again. A site on backup servers and WebEx's sub-errors are
 * added to the meaning.
 */
export function explainException(
  exceptionId: string,
  reason?: string,
  circumstances: FailureCircumstances = {},
): Explanation {
  return withCircumstances(explainCode(exceptionId, reason), circumstances);
}

function explainCode(exceptionId: string, reason?: string): Explanation {
  const code = exceptionId.trim();
  if (isKnownExceptionId(code)) return explainKnown(code);
  const said = reason?.trim();
  if (said === undefined || said === '') {
    return {
      title:
        code === ''
          ? t('webex.exception.unknown.title')
          : t('webex.exception.unknown.titleWithCode', { code }),
      meaning: t('webex.exception.unknown.meaningWithoutReason'),
      action: t('webex.exception.unknown.actionWithoutReason'),
    };
  }
  // WebEx's own sentence leads; the same request again would meet the same refusal, so the
  // advice is to change what WebEx names (or use the site), never to retry as it was.
  return {
    title: t('webex.exception.unknown.titleSaid', { reason: said }),
    meaning:
      code === ''
        ? t('webex.exception.unknown.meaningWithoutCode')
        : t('webex.exception.unknown.meaning', { code }),
    action: t('webex.exception.unknown.action'),
  };
}
