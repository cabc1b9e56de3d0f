import { useCallback, useEffect, useState } from 'preact/hooks';
import { OptionsPage } from './OptionsPage';
import { ResultOriginsSettings } from '../ResultOriginsSettings';
import { InvitationTemplateSection } from './InvitationTemplateSection';
import type { AccountView, Reply } from '../../lib/messaging';
import type { Settings } from '../../lib/storage';
import { submitSignIn } from '../../lib/submit-sign-in';
import type { OptionsEnv } from './options-env';
import { WebexIntegrationSection, type WebexIntegrationApi } from './WebexIntegrationSection';

/** Wiring only: the background for the account, the environment for settings and the rest. */
export function OptionsApp({ env }: { env: OptionsEnv }) {
  const [account, setAccount] = useState<AccountView | null>(null);
  const [settings, setSettings] = useState<Settings>(env.settings.fallback);
  const [shortcut, setShortcut] = useState<string>();
  const [integration] = useState<WebexIntegrationApi>(() => ({
    get: () => env.send('getWebexIntegration'),
    set: (request) => env.send('setWebexIntegration', request),
    copy: (text) => env.copy(text),
  }));
  // A failed reply leaves the account as it was: the form that asked shows why.
  const showAccount = (reply: Reply<AccountView>) => {
    if (reply.ok) setAccount(reply.value);
  };

  const refreshAccount = useCallback(() => {
    void env.send('getAccount').then(showAccount);
  }, [env]);

  useEffect(() => {
    refreshAccount();
    void env.settings.get().then(setSettings);
    void env.shortcut().then(setShortcut);
    // The popup may sign in or out while this page is open.
    const unwatch = [env.settings.watch(setSettings), env.watchAccount(refreshAccount)];
    return () => unwatch.forEach((stop) => stop());
  }, [refreshAccount]);

  return (
    <OptionsPage
      account={account}
      settings={settings}
      shortcut={shortcut}
      signIn={{
        webex: (keepSignedIn) => env.send('signInWithWebex', { keepSignedIn }),
        token: (token, keepSignedIn) => env.send('signInWithToken', { token, keepSignedIn }),
        xml: (request) =>
          submitSignIn(request, {
            permissions: env.permissions,
            send: (data) => env.send('signIn', data),
          }),
      }}
      onRenewTicket={(password) => env.send('renewTicket', { password })}
      onRenewWebex={() => env.send('renewWebexSignIn')}
      onAccountChange={setAccount}
      onKeepSignedInChange={(keepSignedIn) =>
        void env.send('setKeepSignedIn', { keepSignedIn }).then(showAccount)
      }
      onSignOut={(forgetMeetings) => void env.send('signOut', { forgetMeetings }).then(showAccount)}
      onSettingsChange={(patch) => env.settings.update(patch)}
      invitationTemplate={
        <InvitationTemplateSection
          api={env.invitationTemplate}
          now={env.now}
          timeZone={env.timeZone}
        />
      }
      resultOrigins={<ResultOriginsSettings api={env.resultOrigins} />}
      webexIntegration={<WebexIntegrationSection api={integration} />}
    />
  );
}
