import { t } from '../i18n';
import type { Explanation } from '../webex/errors';
import type { ResultExplanation } from '../webex/rs-catalogue';
import { formatMeetingNumber, isMeetingNumber } from '../webex/url/meeting-number';
import type { BackUrlResult } from '../webex/url/back-url';
import { ResultStatus } from '../webex/url/commands';
import type { JoinTarget } from '../meetings/join-target';
import type { ActionId } from '../webex/rs-catalogue';
import type { WebExSite } from '../webex/types';
import { returnedFacts } from './returned-facts';

/**
 * What Decode can do about a pasted text, beside explaining it: the catalogue's next steps and
 * what they act on. Everything here was checked or rebuilt: `join` is a JoinTarget (a link
 * rebuilt from its parts, or a number), `site` the pasted address's own WebEx site.
 */
export interface NextSteps {
  actions: ActionId[];
  /** The meeting to join: a rebuilt link, or a number joined on the signed-in site. */
  join?: JoinTarget;
  /** The WebEx site the pasted address is on, if it is on one. */
  site?: WebExSite;
  /**
   * The meeting the result offers to start (a digits-only MK on a result whose catalogue entry
   * offers Start): started only after the background checks it is the host's own.
   */
  meetingKey?: string;
  /** "Copy details" text; without it, the explanation as shown. */
  summary?: string;
}

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
  /**
   * Set when the facts are someone else's text (the page address, a URL API answer): they are
   * shown under "The address says:" in quotation marks, capped, never as the extension's words.
   */
  quotedFrom?: 'address' | 'answer';
  /** Decode only: the next steps the popup may offer (lib/explainer/decode/decode-actions.ts). */
  next?: NextSteps;
}

/**
 * A URL API result's explanation with the values it carried (AT, ST, RS, MK, WID, returned
 * values) as quoted facts: what the address (or a URL API answer) says, never the extension's
 * own words. Only a digits-only MK is shown grouped as a meeting number.
 */
export function explainedBackUrl(
  result: Pick<
    BackUrlResult,
    'at' | 'st' | 'rs' | 'mk' | 'wid' | 'tn' | 'oid' | 'ourl' | 'returned'
  >,
  explanation: ResultExplanation,
  quotedFrom: 'address' | 'answer' = 'address',
): ExplainedText {
  const facts: Fact[] = [
    { label: t('panel.facts.command'), value: result.at },
    { label: t('panel.facts.outcome'), value: result.st },
  ];
  if (result.rs) facts.push({ label: t('panel.facts.reasonCode'), value: result.rs });
  if (result.mk) {
    const value = isMeetingNumber(result.mk) ? formatMeetingNumber(result.mk) : result.mk;
    facts.push({ label: t('panel.facts.meetingNumber'), value });
  }
  if (result.wid) facts.push({ label: t('panel.facts.webExId'), value: result.wid });
  facts.push(...returnedFacts(result));
  return {
    tone: result.st === ResultStatus.Success ? 'success' : 'failure',
    headline: explanation.headline,
    meaning: explanation.meaning,
    whenSeen: explanation.whenSeen,
    action: explanation.action,
    facts,
    quotedFrom,
  };
}

/** An XML API failure's explanation with the answer's values as facts. */
export function explainedFailure(explanation: Explanation, facts: Fact[]): ExplainedText {
  return {
    tone: 'failure',
    headline: explanation.title,
    meaning: explanation.meaning,
    action: explanation.action,
    facts,
  };
}
