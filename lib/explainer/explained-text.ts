import { t } from '../i18n';
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
    { label: t('panel.facts.command'), value: result.at },
    { label: t('panel.facts.outcome'), value: result.st },
  ];
  if (result.rs) facts.push({ label: t('panel.facts.reasonCode'), value: result.rs });
  if (result.mk)
    facts.push({ label: t('panel.facts.meetingNumber'), value: formatMeetingNumber(result.mk) });
  if (result.wid) facts.push({ label: t('panel.facts.webExId'), value: result.wid });
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
