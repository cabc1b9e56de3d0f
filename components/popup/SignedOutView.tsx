import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { siteInputOf } from '../../lib/site-access';
import { submitSignIn } from '../../lib/submit-sign-in';
import type { AccountView } from '../../lib/messaging';
import { SignInForm } from '../SignInForm';
import { usePopupEnv } from './popup-env';

interface SignedOutViewProps {
  account: Extract<AccountView, { signedIn: false }>;
  /** The settings' choice, as the box starts. */
  keepSignedIn: boolean;
  onSignedIn(account: AccountView): void;
}

export function SignedOutView({ account, keepSignedIn, onSignedIn }: SignedOutViewProps) {
  const env = usePopupEnv();
  // Focus on the first box left to fill (the site, or the password for a known host).
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const boxes = root.current?.querySelectorAll<HTMLInputElement>(
      'input[type="text"], input[type="password"]',
    );
    [...(boxes ?? [])].find((box) => box.value === '')?.focus();
  }, []);
  return (
    <div class="signed-out" ref={root}>
      {account.keptTicketRefused && (
        <p class="account-notice kept-ticket-notice" role="alert" data-testid="kept-ticket-refused">
          {t('signIn.keptTicketRefused')}
        </p>
      )}
      <p class="intro">{t('popup.signedOutIntro')}</p>
      <SignInForm
        initialSite={account.lastSite && siteInputOf(account.lastSite)}
        initialWebExId={account.lastWebExId}
        initialKeepSignedIn={keepSignedIn}
        onSubmit={(form) =>
          submitSignIn(form, {
            permissions: env.permissions,
            send: (data) => env.send('signIn', data),
          })
        }
        onSignedIn={onSignedIn}
      />
    </div>
  );
}
