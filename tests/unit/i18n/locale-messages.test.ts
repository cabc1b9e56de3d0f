import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t, whenTextMissing } from '../../../lib/i18n';
import {
  getLocaleMessage,
  localeFolders,
  recoverLocaleMessages,
  type MessagesEnv,
} from '../../../lib/locale-messages';

const MESSAGES = {
  app_name: { message: 'WebEx Host Helper' },
  price: { message: '$1 costs $$$2' },
};

describe('getLocaleMessage', () => {
  test('substitutes $1..$9 and keeps $$ as a dollar', () => {
    expect(getLocaleMessage(MESSAGES, 'price', ['Tea', '3'])).toBe('Tea costs $3');
  });

  test('an unknown key is empty, as in the browser', () => {
    expect(getLocaleMessage(MESSAGES, 'nothing')).toBe('');
  });
});

describe('localeFolders', () => {
  test.each([
    ['de-AT', ['de_AT', 'de', 'en']],
    ['ja', ['ja', 'en']],
    ['en-US', ['en_US', 'en']],
  ])('%s → %j', (language, folders) => {
    expect(localeFolders(language)).toEqual(folders);
  });
});

function env(native: string, files: Record<string, unknown>): MessagesEnv & { fetched: string[] } {
  const fetched: string[] = [];
  return {
    fetched,
    i18n: { getMessage: () => native, getUILanguage: () => 'de-DE' },
    getURL: (path) => `chrome-extension://id${path}`,
    fetch: async (url) => {
      fetched.push(url);
      const body = files[url];
      return { ok: body !== undefined, json: async () => body };
    },
  };
}

describe('recoverLocaleMessages', () => {
  test('reads the best _locales file itself and answers from it', async () => {
    const broken = env('', {
      'chrome-extension://id/_locales/de/messages.json': { app_name: { message: 'Deutsch' } },
    });
    expect(await recoverLocaleMessages(broken)).toBe(true);
    expect(broken.fetched).toEqual([
      'chrome-extension://id/_locales/de_DE/messages.json',
      'chrome-extension://id/_locales/de/messages.json',
    ]);
    expect(broken.i18n.getMessage('app_name')).toBe('Deutsch');
  });

  test('with no file to read, says so and leaves getMessage as it was', async () => {
    const broken = env('', {});
    expect(await recoverLocaleMessages(broken)).toBe(false);
    expect(broken.i18n.getMessage('app_name')).toBe('');
  });
});

describe('t when the browser has no messages', () => {
  test('asks the page to recover once, then answers from what it recovered', async () => {
    const native = fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getMessage = () => '';
    let recoveries = 0;
    whenTextMissing(() => {
      recoveries += 1;
      fakeBrowser.i18n.getMessage = native;
    });
    expect(t('app.name')).toBe('');
    expect(recoveries).toBe(1);
    expect(t('app.name')).toBe('WebEx Host Helper');
    fakeBrowser.i18n.getMessage = () => '';
    expect(t('app.name')).toBe('');
    expect(recoveries).toBe(1);
    fakeBrowser.i18n.getMessage = native;
  });
});
