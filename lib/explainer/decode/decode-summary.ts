import { t } from '../../i18n';
import type { ExplainedText } from '../explained-text';

/**
 * "Copy details" for a decoded text that is no back-URL result (those use resultSummary): the
 * explanation as shown, one `label: value` line each, the facts as they were read.
 */
export function explainedSummary(text: ExplainedText): string {
  const lines: Array<[string, string]> = [
    [t('panel.summary.result'), text.headline],
    ...text.facts.map((fact): [string, string] => [fact.label, fact.value]),
    [t('panel.summary.meaning'), text.meaning],
    [t('panel.summary.whatToDo'), text.action],
  ];
  return lines.map(([label, value]) => `${label}: ${value}`).join('\n');
}
