import { t } from '../i18n';
import { parseUrl } from '../url';
import type { ResultExplanation } from '../webex/rs-catalogue';
import { formatMeetingNumber } from '../webex/url/meeting-number';
import type { BackUrlResult } from '../webex/url/back-url';
import { returnedFacts } from './returned-facts';

function pageWithoutQuery(pageUrl: string): string {
  const url = parseUrl(pageUrl);
  return url ? url.origin + url.pathname : '';
}

/**
 * "Copy details": plain text a host can paste into a message to their administrator. The page
 * address goes without its query (tickets and CSRF tokens stay out).
 */
export function resultSummary(
  result: BackUrlResult,
  explanation: ResultExplanation,
  pageUrl: string,
): string {
  // Labels in the host's language; values (codes, WebEx's words) exactly as WebEx sent them.
  const page = pageWithoutQuery(pageUrl);
  const lines: Array<[string, string | undefined]> = [
    [t('panel.summary.result'), explanation.headline],
    [t('panel.facts.command'), result.at],
    [t('panel.facts.outcome'), result.st],
    [t('panel.summary.reason'), result.rs || undefined],
    [t('panel.facts.meetingNumber'), result.mk ? formatMeetingNumber(result.mk) : undefined],
    [t('panel.facts.webExId'), result.wid || undefined],
    ...returnedFacts(result).map(({ label, value }): [string, string] => [label, value]),
    [t('panel.summary.meaning'), explanation.meaning],
    [t('panel.summary.whatToDo'), explanation.action],
    [t('panel.summary.page'), page || undefined],
  ];
  return lines
    .filter((line): line is [string, string] => line[1] !== undefined)
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
}
