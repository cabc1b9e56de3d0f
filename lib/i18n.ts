import { i18n } from '#i18n';
import type { GeneratedI18nStructure } from '#i18n';
import type { MessagesEnv } from './locale-messages';

/**
 * The one way to text a person reads: `t('popup.schedule.title')`, with named substitutions
 * (`t('recent.startsAt', { time })`) or a count for plurals. Keys and wording live in
 * locales/<lang>.yml (English is the source; @wxt-dev/i18n builds them into `_locales` and
 * generates the key types, so a missing key is a compile error). The browser's language picks
 * the locale, as `browser.i18n` does; an unknown key returns '' and logs a warning.
 */
export const t = ((...args: Parameters<typeof i18n.t>) => {
  const text = (i18n.t as (...all: unknown[]) => string)(...args);
  if (text === '' && !recovering && onMissingText) {
    recovering = true;
    onMissingText();
  }
  return text;
}) as typeof i18n.t;

let onMissingText: (() => void) | undefined;
let recovering = false;

/**
 * What a page does the first time `t` finds no text at all (the browser's messages gone, see
 * lib/locale-messages.ts): read them itself, then render again. Pages only; once per page.
 */
export function whenTextMissing(recover: () => void): void {
  onMissingText = recover;
}

/** Every message key, e.g. `'popup.schedule.title'`. */
export type MessageKey = keyof GeneratedI18nStructure;

/**
 * The language the extension's text is shown in, as a BCP 47 tag (`en`, `de`, `ja`), for
 * `Intl` date and number formatting, so dates read in the same language as the words around
 * them. Read from the locale file itself: browsers can pick the messages' language from a
 * setting that `i18n.getUILanguage()` does not report (Chromium's `--lang`).
 */
export function uiLanguage(): string {
  return t('app.locale') || 'en';
}

/**
 * For an extension page: sets `<html lang>` and the title from the messages (screen readers and
 * the choice of Japanese glyphs follow `lang`), and should `t` ever find no text, recovers the
 * messages (`recoverLocaleMessages`) and does both again, then calls `rerender`.
 */
export function followPageLanguage(
  doc: Document,
  env: MessagesEnv,
  title: () => string,
  rerender: () => void,
): void {
  const apply = () => {
    doc.documentElement.lang = uiLanguage();
    doc.title = title();
  };
  whenTextMissing(() => {
    // Loaded only then: a page whose messages are there never needs it.
    void import('./locale-messages')
      .then(({ recoverLocaleMessages }) => recoverLocaleMessages(env))
      .then((recovered) => {
        if (!recovered) return;
        apply();
        rerender();
      });
  });
  apply();
}
