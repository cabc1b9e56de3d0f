// Unit tests run against WXT's fake browser, whose i18n is not implemented: answer
// `browser.i18n` from locales/en.yml exactly as the browser answers from _locales/en.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getLocaleMessage } from '../../lib/locale-messages';
import { loadLocale } from './locales';

const english = await loadLocale('en');
fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
  key === '@@ui_locale'
    ? 'en_US'
    : getLocaleMessage(english, key, substitutions)) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en-US';
