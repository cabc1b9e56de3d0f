import { decodeValue } from './percent-decoding';
import { rawParameters } from './query-segments';
import {
  normalizeCommand,
  normalizeMeetingKey,
  normalizeStatus,
  sanitizeValue,
} from './result-values';
import type { ResultStatus } from './commands';
import { canonicalRsCode } from './rs-codes';

/** The outcome of a URL API command, as WebEx appends it to the back URL. Plain text only. */
export interface BackUrlResult {
  /** The command, upper case: LI, LO, HM, JM, SM, IM, ... */
  at: string;
  st: ResultStatus;
  /** Reason code on failure, in the catalogue's spelling when known. */
  rs?: string;
  /** WebEx ID, after LI. */
  wid?: string;
  /** Meeting key, after SM. */
  mk?: string;
  /** `TN`, sent after SM; WebEx does not document it, so it is shown as sent. */
  tn?: string;
  /** The ID of the office CO created. */
  oid?: string;
  /** The address of the office CO created: shown as text, never a link. */
  ourl?: string;
  /** Any other parameter WebEx returned (upper-case name), in order; never a token. */
  returned?: ReturnedParameter[];
}

/** A returned parameter the parser has no name for, kept so that nothing WebEx said is lost. */
export interface ReturnedParameter {
  name: string;
  value: string;
}

type ResultKey = 'at' | 'st' | 'rs' | 'wid' | 'mk' | 'tn' | 'oid' | 'ourl';
const RESULT_KEYS: readonly string[] = ['at', 'st', 'rs', 'wid', 'mk', 'tn', 'oid', 'ourl'];
// Tokens, tickets, passwords and chained URLs (which may carry a ticket) are never kept.
const NEVER_KEPT: readonly string[] = ['CSRF', 'TK', 'PW', 'PWD', 'PID', 'BU', 'MU'];
// WebEx's own parameters are short upper-case names; the page's own query (siteurl=...) is not.
const RETURNED_NAME = /^[A-Z][A-Z0-9]{1,4}$/;
const MAX_RETURNED = 12;

// Enough raw text for MAX_VALUE_LENGTH characters even when UTF-8 and double-encoded.
const LIMITS = { maxKeyLength: 5, maxValueLength: 4000 };

interface FoundValues {
  named: Partial<Record<ResultKey, string>>;
  returned: ReturnedParameter[];
}

/** Repeated parameters: the first one wins. CSRF and other secrets are deliberately not kept. */
function firstValues(url: string): FoundValues {
  const named: Partial<Record<ResultKey, string>> = {};
  const returned: ReturnedParameter[] = [];
  for (const { key, value } of rawParameters(url, LIMITS)) {
    const name = key.toLowerCase();
    if (RESULT_KEYS.includes(name)) {
      named[name as ResultKey] ??= sanitizeValue(decodeValue(value));
    } else if (
      RETURNED_NAME.test(key) &&
      !NEVER_KEPT.includes(key) &&
      returned.length < MAX_RETURNED &&
      !returned.some((parameter) => parameter.name === key)
    ) {
      const text = sanitizeValue(decodeValue(value));
      if (text) returned.push({ name: key, value: text });
    }
  }
  return { named, returned };
}

/**
 * The WebEx URL API result in any string (a URL, a query string, a fragment route), or null
 * when there is none (it takes both AT and ST). Never throws.
 */
export function parseBackUrlResult(url: string): BackUrlResult | null {
  if (typeof url !== 'string') return null;
  const { named: values, returned } = firstValues(url);
  const at = normalizeCommand(values.at ?? '');
  const st = normalizeStatus(values.st ?? '');
  if (!at || !st) return null;

  const result: BackUrlResult = { at, st };
  const rs = canonicalRsCode(values.rs ?? '');
  const mk = normalizeMeetingKey(values.mk ?? '');
  if (rs) result.rs = rs;
  if (values.wid) result.wid = values.wid;
  if (mk) result.mk = mk;
  if (values.tn) result.tn = values.tn;
  if (values.oid) result.oid = values.oid;
  if (values.ourl) result.ourl = values.ourl;
  if (returned.length > 0) result.returned = returned;
  return result;
}
