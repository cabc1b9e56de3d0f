import { isSeparator, parseEmailList } from './email-list';

/** What the invite field says under the list: how many addresses, which entries to fix. */
export interface InviteeSummary {
  /** Distinct addresses WebEx will email. */
  valid: number;
  /** Entries that are not addresses, as typed, in order. */
  toFix: string[];
}

/**
 * The summary of an invitee list as the host types: every finished entry counts and bad ones
 * are listed at once, but while `typing` the entry under way at the end of the text (no comma,
 * semicolon, space or line after it yet) is not called bad before it is finished.
 */
export function inviteeSummary(text: string, typing: boolean): InviteeSummary {
  const { emails, entries } = parseEmailList(text);
  const lastChar = text.slice(-1);
  const underWay = typing && lastChar !== '' && !isSeparator(lastChar) && lastChar.trim() !== '';
  const finished = underWay ? entries.slice(0, -1) : entries;
  const toFix = finished.filter((entry) => !entry.parsed).map((entry) => entry.text);
  return { valid: emails.length, toFix };
}
