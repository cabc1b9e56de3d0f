import { t } from '../../lib/i18n';
import type { AccountView } from '../../lib/messaging';
import { PasswordPrompt } from '../PasswordPrompt';
import { WebexRenewal } from '../WebexRenewal';
import { usePopupEnv } from './popup-env';

type SignedIn = Extract<AccountView, { signedIn: true }>;

interface TicketExpiredDialogProps {
  account: SignedIn;
  onSignedIn(account: AccountView): void;
  onCancel(): void;
}

/**
 * Over the popup when the sign-in ran out: the password again (XML), or Sign in with Webex
 * again (REST; the schedule form is kept in session storage meanwhile, as the popup may close).
 * What is behind it (a filled form) stays as it was.
 */
export function TicketExpiredDialog({ account, onSignedIn, onCancel }: TicketExpiredDialogProps) {
  const env = usePopupEnv();
  return (
    <div class="dialog-backdrop">
      <div
        class="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={t('popup.ticketExpiredLabel')}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      >
        {account.api === 'rest' ? (
          <WebexRenewal
            onRenew={() => env.send('renewWebexSignIn')}
            onSignedIn={onSignedIn}
            onCancel={onCancel}
          />
        ) : (
          <PasswordPrompt
            site={account.site}
            webExId={account.webExId}
            onSubmit={(password) => env.send('renewTicket', { password })}
            onSignedIn={onSignedIn}
            onCancel={onCancel}
          />
        )}
      </div>
    </div>
  );
}
