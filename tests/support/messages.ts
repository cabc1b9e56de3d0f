import { getLocaleMessage } from '../../lib/locale-messages';
import { loadLocale, type ShippedLocale } from './locales';

/**
 * The text a key shows in one locale, as the extension would render it: `$1`.. and
 * `{name}` substitutions applied. For end-to-end tests that find things by what a person
 * reads, in any shipped language.
 */
export type Messages = (key: string, named?: Record<string, string | number>) => string;

export async function messagesFor(locale: ShippedLocale): Promise<Messages> {
  const messages = await loadLocale(locale);
  return (key, named = {}) => {
    const text = getLocaleMessage(messages, key.replaceAll('.', '_'));
    if (text === '') throw new Error(`No message ${key} in locales/${locale}.yml`);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in named ? String(named[name]) : whole,
    );
  };
}
