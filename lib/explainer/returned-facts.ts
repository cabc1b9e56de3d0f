import { t } from '../i18n';
import type { BackUrlResult } from '../webex/url/back-url';
import type { Fact } from './explained-text';

/** The values of a result beyond AT, ST, RS, MK and WID. */
export type ReturnedValues = Pick<BackUrlResult, 'tn' | 'oid' | 'ourl' | 'returned'>;

/**
 * Every other value WebEx returned, labelled, as text: the office after CO, TN after SM, and
 * any parameter the extension has no name for (under its own name). CSRF and tickets are never
 * among them: the parser does not keep them.
 */
export function returnedFacts(result: ReturnedValues): Fact[] {
  const facts: Fact[] = [];
  if (result.oid) facts.push({ label: t('panel.facts.officeId'), value: result.oid });
  if (result.ourl) facts.push({ label: t('panel.facts.officeAddress'), value: result.ourl });
  if (result.tn) facts.push({ label: t('panel.facts.tn'), value: result.tn });
  for (const { name, value } of result.returned ?? []) {
    facts.push({ label: t('panel.facts.returned', { name }), value });
  }
  return facts;
}
