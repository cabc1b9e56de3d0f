import { joinTargetUrl } from '../../meetings/join-target';
import type { ResultExplanation } from '../../webex/rs-catalogue';
import type { BackUrlResult } from '../../webex/url/back-url';
import { isMeetingNumber } from '../../webex/url/meeting-number';
import type { NextSteps } from '../explained-text';
import { siteOfPage } from '../page-site';
import { resultSummary } from '../result-summary';

/**
 * A pasted result's next steps, as the in-page panel would offer them on that page: the
 * catalogue's actions, the address's own WebEx site (sign in, sign out), the meeting joined
 * there (only a digits-only MK on a WebEx site's page: `m.php?AT=JM&MK=..`, no password),
 * the meeting to offer to start (that MK, when the catalogue offers Start), and the "Copy
 * details" text without the address's query.
 */
export function resultNextSteps(
  result: BackUrlResult,
  explanation: ResultExplanation,
  address: string,
): NextSteps {
  const site = siteOfPage(address);
  const meetingKey = isMeetingNumber(result.mk) ? result.mk : undefined;
  let join: NextSteps['join'];
  if (site && meetingKey) {
    try {
      const url = joinTargetUrl({ kind: 'number', meetingKey }, site);
      join = { kind: 'link', form: 'meetingKey', url };
    } catch {
      // A site name WebEx would not have: nothing to join there.
    }
  }
  return {
    actions: explanation.actions,
    ...(site ? { site } : {}),
    ...(join ? { join } : {}),
    ...(meetingKey && explanation.actions.includes('start-meeting') ? { meetingKey } : {}),
    summary: resultSummary(result, explanation, address),
  };
}
