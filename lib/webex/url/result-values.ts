import { ResultStatus } from './commands';

/** Longest value kept from a URL: enough for any real code, ID or meeting key. */
export const MAX_VALUE_LENGTH = 200;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Controls and bidi overrides could disguise a value when it is shown to the host.
const INVISIBLE_OR_CONTROL =
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

function capLength(text: string): string {
  if (text.length <= MAX_VALUE_LENGTH) return text;
  const cut = text.slice(0, MAX_VALUE_LENGTH);
  // Never leave half of a surrogate pair at the end.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Plain, visible, well-formed text of at most MAX_VALUE_LENGTH characters. */
export function sanitizeValue(text: string): string {
  const visible = text.replace(LONE_SURROGATE, '\uFFFD').replace(INVISIBLE_OR_CONTROL, '');
  return capLength(visible.trim()).trimEnd();
}

/** The URL API command: two letters, upper case; undefined when it is not one. */
export function normalizeCommand(value: string): string | undefined {
  const command = value.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(command) ? command : undefined;
}

/** WebEx says SUCCESS or FAIL; other spellings (FAILURE, failed, Succeeded, ERROR) fold into them. */
export function normalizeStatus(value: string): ResultStatus | undefined {
  const status = value.trim().toUpperCase();
  if (status.startsWith('SUCCE')) return ResultStatus.Success;
  if (status.startsWith('FAIL') || status === 'ERROR') return ResultStatus.Fail;
  return undefined;
}

/** Meeting keys are digits; spaces and dashes from grouped display are dropped. */
export function normalizeMeetingKey(value: string): string {
  return /^[\d\s-]+$/.test(value) ? value.replace(/[\s-]/g, '') : value;
}
