import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../components/options/OptionsPage';
import { ResultOriginsSettings } from '../../components/ResultOriginsSettings';
import { sendMessage, type AccountView, type SignInForm } from '../../lib/messaging';
import {
  DEFAULT_SETTINGS,
  keptAccountItem,
  sessionAccountItem,
  settingsItem,
  type Settings,
} from '../../lib/storage';
import { submitSignIn } from '../../lib/submit-sign-in';

/** Wiring only: the background for the account, storage for the settings, the browser for the rest. */
export function OptionsApp() {
  const [account, setAccount] = useState<AccountView | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [shortcut, setShortcut] = useState<string>();

  const refreshAccount = useCallback(() => {
    void sendMessage('getAccount').then(setAccount);
  }, []);

  useEffect(() => {
    refreshAccount();
    void settingsItem.getValue().then(setSettings);
    void browser.commands
      .getAll()
      .then((commands) =>
        setShortcut(commands.find((c) => c.name === '_execute_action')?.shortcut),
      );
    // The popup may sign in or out while this page is open.
    const unwatch = [
      settingsItem.watch(setSettings),
      sessionAccountItem.watch(refreshAccount),
      keptAccountItem.watch(refreshAccount),
    ];
    return () => unwatch.forEach((stop) => stop());
  }, [refreshAccount]);

  return (
    <OptionsPage
      account={account}
      settings={settings}
      shortcut={shortcut}
      onSignIn={(form: SignInForm) =>
        submitSignIn(form, {
          permissions: browser.permissions,
          send: (data) => sendMessage('signIn', data),
        })
      }
      onReauthenticate={(password) => sendMessage('reauthenticate', { password })}
      onAccountChange={setAccount}
      onKeepSignedInChange={(keepSignedIn) =>
        void sendMessage('setKeepSignedIn', { keepSignedIn }).then(setAccount)
      }
      onSignOut={() => void sendMessage('signOut').then(setAccount)}
      onSettingsChange={async (patch) => {
        await settingsItem.setValue({ ...(await settingsItem.getValue()), ...patch });
      }}
      resultOrigins={<ResultOriginsSettings />}
    />
  );
}
