import { t } from '../i18n';

/** Longest value from a page address the panel shows, in characters (then an ellipsis). */
export const QUOTE_LIMIT = 64;

/** `text` cut to `limit` characters with "…" at the end, never splitting a surrogate pair. */
export function capped(text: string, limit = QUOTE_LIMIT): string {
  const characters = Array.from(text);
  if (characters.length <= limit) return text;
  return `${characters.slice(0, limit - 1).join('')}…`;
}

/**
 * A value someone else wrote (a page address, a meeting topic) as a quotation in the UI
 * language's quotation marks (“…”, „…“, 「…」), capped: it never reads as the extension's words.
 */
export function quoted(text: string, limit = QUOTE_LIMIT): string {
  return t('panel.quoted', { value: capped(text, limit) });
}
