import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { submitSignIn } from '../../lib/submit-sign-in';
import type { AccountView } from '../../lib/messaging';
import { SignInChoices } from '../SignInChoices';
import { usePopupEnv } from './popup-env';

interface SignedOutViewProps {
  account: Extract<AccountView, { signedIn: false }>;
  /** The settings' choice, as the box starts. */
  keepSignedIn: boolean;
  onSignedIn(account: AccountView): void;
}

export function SignedOutView({ account, keepSignedIn, onSignedIn }: SignedOutViewProps) {
  const env = usePopupEnv();
  // Focus on the first visible box left to fill (the site, or the password for a known host),
  // else on "Sign in with Webex".
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const boxes = root.current?.querySelectorAll<HTMLInputElement>(
      '.older-sign-in[open] input[type="text"], .older-sign-in[open] input[type="password"]',
    );
    const box = [...(boxes ?? [])].find((input) => input.value === '');
    (box ?? root.current?.querySelector<HTMLButtonElement>('.webex-button:enabled'))?.focus();
  }, []);
  return (
    <div class="signed-out" ref={root}>
      {account.keptTicketRefused && (
        <p class="account-notice kept-ticket-notice" role="alert" data-testid="kept-ticket-refused">
          {t('signIn.keptTicketRefused')}
        </p>
      )}
      <p class="intro">{t('popup.signedOutIntro')}</p>
      <SignInChoices
        account={account}
        keepSignedInDefault={keepSignedIn}
        integrationHref="/options.html#webex-integration"
        send={{
          webex: (keep) => env.send('signInWithWebex', { keepSignedIn: keep }),
          token: (token, keep) => env.send('signInWithToken', { token, keepSignedIn: keep }),
          xml: (form) =>
            submitSignIn(form, {
              permissions: env.permissions,
              send: (data) => env.send('signIn', data),
            }),
        }}
        onSignedIn={onSignedIn}
      />
    </div>
  );
}
