import { join } from 'node:path';
import { generateChromeMessagesText, parseMessagesFile } from '@wxt-dev/i18n/build';
import type { LocaleMessages } from '../../lib/locale-messages';

export const LOCALES_DIR = join(import.meta.dirname, '../../locales');
/** The locales the extension ships; English is the source. */
export const SHIPPED_LOCALES = ['en', 'de', 'ja'] as const;
export type ShippedLocale = (typeof SHIPPED_LOCALES)[number];

export async function parsedLocale(locale: ShippedLocale) {
  return parseMessagesFile(join(LOCALES_DIR, `${locale}.yml`));
}

export async function loadLocale(locale: ShippedLocale): Promise<LocaleMessages> {
  return JSON.parse(generateChromeMessagesText(await parsedLocale(locale))) as LocaleMessages;
}
