import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatStartShort } from '../../../lib/meetings/display-time';
import { formatDuration } from '../../../lib/meetings/durations';
import { defaultTopic } from '../../../lib/meetings/default-topic';
import { invitationText } from '../../../lib/meetings/invitation';
import { getLocaleMessage } from '../../../lib/locale-messages';
import { loadLocale, type ShippedLocale } from '../../support/locales';

// The invitation and the times in German and Japanese, as the browser answers in those languages
// (the other tests read English).
const NOW = Date.UTC(2026, 2, 10, 9, 0); // Tue 10 March 2026, 10:00 in Berlin

const details = {
  topic: 'Planung Q2',
  startsAt: Date.UTC(2026, 2, 10, 13, 30),
  durationMinutes: 90,
  timeZone: 'Europe/Berlin',
  meetingKey: '645850472',
  joinUrl: 'https://acme.webex.com/acme/j.php?MTID=m1',
  meetingPassword: 'Ab3dEf7hJk',
  hostName: 'Alice Archer',
};

const english = fakeBrowser.i18n.getMessage;
const englishLanguage = fakeBrowser.i18n.getUILanguage;

async function speak(locale: ShippedLocale, tag: string) {
  const messages = await loadLocale(locale);
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
    key === '@@ui_locale'
      ? tag.replace('-', '_')
      : getLocaleMessage(messages, key, substitutions)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => tag;
}

afterEach(() => {
  fakeBrowser.i18n.getMessage = english;
  fakeBrowser.i18n.getUILanguage = englishLanguage;
});

describe('in German', () => {
  beforeEach(() => speak('de', 'de'));

  it('writes the invitation in German, with the meeting’s own data as it is', () => {
    expect(invitationText(details)).toBe(
      [
        'Alice Archer lädt Sie zu einem WebEx-Meeting ein.',
        '',
        'Thema: Planung Q2',
        'Wann: Dienstag, 10. März 2026, 14:30–16:00 Uhr (UTC+01:00) Europe/Berlin',
        'Beitreten: https://acme.webex.com/acme/j.php?MTID=m1',
        'Meeting-Kennnummer: 645 850 472',
        'Passwort: Ab3dEf7hJk',
      ].join('\n'),
    );
  });

  it('says durations, days and the default topic in German', () => {
    expect(formatDuration(45)).toBe('45 Min.');
    expect(formatDuration(60)).toBe('1 Std.');
    expect(formatStartShort(Date.UTC(2026, 2, 11, 8, 0), NOW, 'Europe/Berlin')).toBe(
      'Morgen, 9:00',
    );
    expect(defaultTopic('Jörg')).toBe('Meeting von Jörg');
  });
});

describe('in Japanese', () => {
  beforeEach(() => speak('ja', 'ja'));

  it('writes the invitation in Japanese', () => {
    const lines = invitationText({ ...details, timeZone: 'Asia/Tokyo' }).split('\n');
    expect(lines[0]).toBe('Alice Archer さんから WebEx ミーティングへの招待です。');
    expect(lines).toContain(
      '日時：2026/3/10火曜日 22:30～2026/3/11水曜日 0:00 (UTC+09:00) Asia/Tokyo',
    );
    expect(lines).toContain('ミーティング番号：645 850 472');
  });

  it('says today in Japanese', () => {
    expect(formatStartShort(Date.UTC(2026, 2, 10, 3, 0), NOW, 'Asia/Tokyo')).toBe('今日 12:00');
  });
});
