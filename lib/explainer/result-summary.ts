import type { ResultExplanation } from '../webex/rs-catalogue';
import { formatMeetingNumber } from '../webex/url/meeting-number';
import type { BackUrlResult } from '../webex/url/back-url';

function pageWithoutQuery(pageUrl: string): string {
  try {
    const url = new URL(pageUrl);
    return url.origin + url.pathname;
  } catch {
    return '';
  }
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
  const lines = [
    `WebEx result: ${explanation.headline}`,
    `Command (AT): ${result.at}`,
    `Outcome (ST): ${result.st}`,
    result.rs ? `Reason (RS): ${result.rs}` : undefined,
    result.mk ? `Meeting number (MK): ${formatMeetingNumber(result.mk)}` : undefined,
    result.wid ? `WebEx ID (WID): ${result.wid}` : undefined,
    `What it means: ${explanation.meaning}`,
    `What to do: ${explanation.action}`,
    pageWithoutQuery(pageUrl) ? `Page: ${pageWithoutQuery(pageUrl)}` : undefined,
  ];
  return lines.filter((line): line is string => line !== undefined).join('\n');
}
