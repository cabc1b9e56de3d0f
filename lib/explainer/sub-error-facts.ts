import { t } from '../i18n';
import type { WebExSubError } from '../webex/errors';
import type { Fact } from './explained-text';

/** A FAILURE's sub-errors as facts: "Sub-error AS0001" with WebEx's reason (and value), as text. */
export function subErrorFacts(subErrors: readonly WebExSubError[]): Fact[] {
  return subErrors.map(({ exceptionId, reason, value }) => ({
    label: exceptionId
      ? t('panel.facts.subError', { code: exceptionId })
      : t('panel.facts.subErrorWithoutCode'),
    value: [reason, value].filter(Boolean).join(' · ') || exceptionId,
  }));
}
