import type { AccountView } from '../../lib/messaging';
import { PasswordPrompt } from '../PasswordPrompt';
import { usePopupEnv } from './popup-env';

type SignedIn = Extract<AccountView, { signedIn: true }>;

interface ReauthDialogProps {
  account: SignedIn;
  onSignedIn(account: AccountView): void;
  onCancel(): void;
}

/** The password prompt over the popup: what is behind it (a filled form) stays as it was. */
export function ReauthDialog({ account, onSignedIn, onCancel }: ReauthDialogProps) {
  const env = usePopupEnv();
  return (
    <div class="dialog-backdrop">
      <div
        class="dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Sign in again"
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      >
        <PasswordPrompt
          site={account.site}
          webExId={account.webExId}
          onSubmit={(password) => env.send('reauthenticate', { password })}
          onSignedIn={onSignedIn}
          onCancel={onCancel}
        />
      </div>
    </div>
  );
}
