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
  tn?: string;
}

type ResultKey = 'at' | 'st' | 'rs' | 'wid' | 'mk' | 'tn';
const RESULT_KEYS: readonly string[] = ['at', 'st', 'rs', 'wid', 'mk', 'tn'];

// Enough raw text for MAX_VALUE_LENGTH characters even when UTF-8 and double-encoded.
const LIMITS = { maxKeyLength: 3, maxValueLength: 4000 };

/** Repeated parameters: the first one wins. CSRF and anything else is deliberately not kept. */
function firstValues(url: string): Partial<Record<ResultKey, string>> {
  const values: Partial<Record<ResultKey, string>> = {};
  for (const { key, value } of rawParameters(url, LIMITS)) {
    const name = key.toLowerCase();
    if (RESULT_KEYS.includes(name) && values[name as ResultKey] === undefined) {
      values[name as ResultKey] = sanitizeValue(decodeValue(value));
    }
  }
  return values;
}

/**
 * The WebEx URL API result in any string (a URL, a query string, a fragment route), or null
 * when there is none (it takes both AT and ST). Never throws.
 */
export function parseBackUrlResult(url: string): BackUrlResult | null {
  if (typeof url !== 'string') return null;
  const values = firstValues(url);
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
  return result;
}
