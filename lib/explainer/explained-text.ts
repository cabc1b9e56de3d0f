import type { Explanation } from '../webex/errors';
import type { ResultExplanation } from '../webex/rs-catalogue';
import { formatMeetingNumber } from '../webex/url/meeting-number';
import type { BackUrlResult } from '../webex/url/back-url';

/** One labelled value shown under an explanation, always as text. */
export interface Fact {
  label: string;
  value: string;
}

/** What the panel and the Decode view show: the same shape for back URLs and XML answers. */
export interface ExplainedText {
  tone: 'success' | 'failure';
  headline: string;
  meaning: string;
  whenSeen?: string;
  action: string;
  facts: Fact[];
}

export function explainedBackUrl(
  result: BackUrlResult,
  explanation: ResultExplanation,
): ExplainedText {
  const facts: Fact[] = [
    { label: 'Command (AT)', value: result.at },
    { label: 'Outcome (ST)', value: result.st },
  ];
  if (result.rs) facts.push({ label: 'Reason code (RS)', value: result.rs });
  if (result.mk)
    facts.push({ label: 'Meeting number (MK)', value: formatMeetingNumber(result.mk) });
  if (result.wid) facts.push({ label: 'WebEx ID (WID)', value: result.wid });
  return {
    tone: result.st === 'SUCCESS' ? 'success' : 'failure',
    headline: explanation.headline,
    meaning: explanation.meaning,
    whenSeen: explanation.whenSeen,
    action: explanation.action,
    facts,
  };
}

export function explainedFailure(explanation: Explanation, facts: Fact[]): ExplainedText {
  return {
    tone: 'failure',
    headline: explanation.title,
    meaning: explanation.meaning,
    action: explanation.action,
    facts,
  };
}
