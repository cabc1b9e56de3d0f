import { t } from '../../lib/i18n';
import type { AccountView } from '../../lib/messaging';
import { PasswordPrompt } from '../PasswordPrompt';
import { usePopupEnv } from './popup-env';

type SignedIn = Extract<AccountView, { signedIn: true }>;

interface TicketExpiredDialogProps {
  account: SignedIn;
  onSignedIn(account: AccountView): void;
  onCancel(): void;
}

/** The password prompt over the popup: what is behind it (a filled form) stays as it was. */
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
        <PasswordPrompt
          site={account.site}
          webExId={account.webExId}
          onSubmit={(password) => env.send('renewTicket', { password })}
          onSignedIn={onSignedIn}
          onCancel={onCancel}
        />
      </div>
    </div>
  );
}
