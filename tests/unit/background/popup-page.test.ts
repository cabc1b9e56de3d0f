import { afterEach, describe, expect, it, vi } from 'vitest';
import { signOut } from '../../../lib/background/account';
import { keepPopupPageInStep } from '../../../lib/background/popup-page';
import { POPUP_PAGE, popupPageFor, popupShellPage } from '../../../lib/popup-page';
import { settingsItem } from '../../../lib/storage';
import { signInAlice, testEnv } from './test-env';

describe('popupPageFor', () => {
  it('a signed-in host opens the shell page in the language and theme; anyone else the plain popup', () => {
    expect(popupPageFor({ signedIn: false, theme: 'dark', locale: 'de' })).toBe(POPUP_PAGE);
    expect(popupPageFor({ signedIn: true, theme: 'system', locale: 'en' })).toBe(
      'popup-schedule.en.html',
    );
    expect(popupPageFor({ signedIn: true, theme: 'dark', locale: 'ja' })).toBe(
      'popup-schedule.ja.dark.html',
    );
    expect(popupShellPage('de', 'light')).toBe('popup-schedule.de.light.html');
  });
});

describe('keepPopupPageInStep', () => {
  let stop = () => {};
  afterEach(() => stop());

  function watch() {
    let current = 'chrome-extension://id/popup.html';
    const setPopup = vi.fn(async ({ popup }: { popup: string }) => {
      current = `chrome-extension://id/${popup}`;
    });
    const keeper = keepPopupPageInStep({ getPopup: async () => current, setPopup }, 'de');
    stop = keeper.stop;
    const last = async () => {
      await keeper.settled();
      return new URL(current).pathname.slice(1);
    };
    return { setPopup, last };
  }

  it('follows sign-in, the theme and sign-out, in this session and kept on the device', async () => {
    const t = testEnv();
    const { last } = watch();
    expect(await last()).toBe(POPUP_PAGE);
    await signInAlice(t.env);
    expect(await last()).toBe('popup-schedule.de.html');
    await settingsItem.setValue({ ...(await settingsItem.getValue()), theme: 'light' });
    expect(await last()).toBe('popup-schedule.de.light.html');
    await signOut(t.env);
    expect(await last()).toBe(POPUP_PAGE);
    await signInAlice(t.env, true);
    expect(await last()).toBe('popup-schedule.de.light.html');
  });

  it('sets the page as the worker starts, from what is stored', async () => {
    const t = testEnv();
    await signInAlice(t.env, true);
    const { last } = watch();
    expect(await last()).toBe('popup-schedule.de.html');
  });

  it('sets the page only when it changes (a renewed ticket changes nothing here)', async () => {
    const t = testEnv();
    const { setPopup, last } = watch();
    await signInAlice(t.env);
    expect(await last()).toBe('popup-schedule.de.html');
    await signInAlice(t.env);
    await settingsItem.setValue({ ...(await settingsItem.getValue()), defaultDurationMinutes: 45 });
    expect(await last()).toBe('popup-schedule.de.html');
    expect(setPopup.mock.calls.map(([details]) => details.popup)).toEqual([
      'popup-schedule.de.html',
    ]);
  });

  it('a refused setPopup leaves the next change its turn', async () => {
    const t = testEnv();
    const { setPopup, last } = watch();
    setPopup.mockRejectedValueOnce(new Error('no action'));
    await signInAlice(t.env);
    expect(await last()).toBe('popup-schedule.de.html');
  });
});
