import { describe, expect, test } from 'vitest';
import { t, uiLanguage } from '../../../lib/i18n';

describe('t (unit tests read locales/en.yml)', () => {
  test('answers English text by key', () => {
    expect(t('app.name')).toBe('WebEx Host Helper');
  });

  test('uiLanguage is a BCP 47 tag for Intl', () => {
    expect(uiLanguage()).toBe('en');
  });
});
