// What a URL API result (AT, ST, RS) means for a host, in plain words. Loaded by the content
// script only when a page carries a result. The codes' entries live in rs-reasons.ts, their
// words in locales/*.yml (`webex.rs.*`), read when a result is explained.
import { t } from '../i18n';
import { RS_REASONS, type ReasonTexts } from './rs-reasons';
import { commandSuccess, failureHeadline, type ActionId } from './url/command-outcomes';
import { ResultStatus, type UrlCommand } from './url/commands';
import { formatMeetingNumber, isMeetingNumber } from './url/meeting-number';
import { KNOWN_RS_CODES, knownRsCode, type KnownRsCode } from './url/rs-codes';

export { formatMeetingNumber, KNOWN_RS_CODES, type ActionId, type KnownRsCode };

/** A URL API result as the back URL carried it. */
export interface ResultToExplain {
  at: string;
  st: ResultStatus;
  rs?: string;
  mk?: string;
  wid?: string;
  /** The office created by CO: its ID and address. */
  oid?: string;
  ourl?: string;
  tn?: string;
  /** Other values WebEx returned; only their number matters here (they are shown as facts). */
  returned?: readonly unknown[];
}

/** What a result means for the host, and the next steps offered. */
export interface ResultExplanation {
  headline: string;
  meaning: string;
  whenSeen?: string;
  action: string;
  actions: ActionId[];
  /** False when WebEx gave a reason code the catalogue does not know, or none at all. */
  known: boolean;
  /** The RS code as text, in the catalogue's spelling when known. */
  code?: string;
}

function reasonTexts(texts: ReasonTexts): { meaning: string; whenSeen: string; action: string } {
  return {
    meaning: t(`webex.rs.${texts}.meaning`),
    whenSeen: t(`webex.rs.${texts}.whenSeen`),
    action: t(`webex.rs.${texts}.action`),
  };
}

// Start and join act on the result's meeting: without a meeting number they lead nowhere.
const NEEDS_MEETING: readonly ActionId[] = ['start-meeting', 'join-meeting'];

function withoutUnusable(actions: ActionId[], mk: string | undefined): ActionId[] {
  return mk ? actions : actions.filter((action) => !NEEDS_MEETING.includes(action));
}

function explainKnownFailure(
  headline: string,
  code: KnownRsCode,
  at: string,
  mk: string | undefined,
): ResultExplanation {
  const { byCommand, ...general } = RS_REASONS[code];
  const entry = byCommand?.[at as UrlCommand] ?? general;
  return {
    headline: entry.headline ? t(`webex.rs.${entry.headline}.headline`) : headline,
    ...reasonTexts(entry.texts),
    actions: withoutUnusable(entry.actions, mk),
    known: true,
    code,
  };
}

function explainFailure(
  at: string,
  rs: string | undefined,
  mk: string | undefined,
): ResultExplanation {
  const headline = failureHeadline(at, mk);
  const code = rs?.trim() || undefined;
  if (!code) {
    return {
      headline,
      meaning: t('webex.rs.noReason.meaning'),
      action: t('webex.rs.noReason.action'),
      actions: ['copy-details', 'dismiss'],
      known: false,
    };
  }
  const known = knownRsCode(code);
  if (known) return explainKnownFailure(headline, known, at, mk);
  return {
    headline,
    // The code itself is the page's text: shown as a quoted fact, never in these words.
    meaning: t('webex.rs.unknownCode.meaning'),
    action: t('webex.rs.unknownCode.action'),
    actions: ['copy-details', 'dismiss'],
    known: false,
    code,
  };
}

/**
 * What a URL API result means for the host and what they can do next. Codes match in any case.
 * An MK that is not a meeting number (digits only) is not named and offers no Start.
 */
export function explainResult(result: ResultToExplain): ResultExplanation {
  const at = result.at.trim().toUpperCase();
  const given = result.mk?.trim();
  const mk = isMeetingNumber(given) ? given : undefined;
  if (result.st === ResultStatus.Success) {
    const details = {
      otherValues:
        (result.returned?.length ?? 0) +
        [result.wid, result.mk, result.tn, result.oid, result.ourl].filter(Boolean).length,
    };
    return { ...commandSuccess(at, mk, details), known: true };
  }
  return explainFailure(at, result.rs, mk);
}
