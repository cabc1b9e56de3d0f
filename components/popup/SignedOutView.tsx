import { submitSignIn } from '../../lib/submit-sign-in';
import type { AccountView } from '../../lib/messaging';
import { SignInForm } from '../SignInForm';
import { usePopupEnv } from './popup-env';

type SignedOut = Extract<AccountView, { signedIn: false }>;

export function SignedOutView({
  account,
  onSignedIn,
}: {
  account: SignedOut;
  onSignedIn(account: AccountView): void;
}) {
  const env = usePopupEnv();
  return (
    <div class="signed-out">
      <p class="intro">
        Sign in to your WebEx site once; then schedule and start meetings from here.
      </p>
      <SignInForm
        initialSite={account.lastSite?.name}
        initialWebExId={account.lastWebExId}
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
