import { useId } from 'preact/hooks';
import type { AccountView } from '../../lib/messaging';
import { siteHost } from '../../lib/site-access';

type SignedIn = Extract<AccountView, { signedIn: true }>;

interface SignedInSummaryProps {
  account: SignedIn;
  onKeepSignedInChange(keep: boolean): void;
  onSignOut(): void;
}

function displayName(account: SignedIn): string {
  const name = `${account.profile.firstName} ${account.profile.lastName}`.trim();
  return name === '' ? account.webExId : name;
}

export function SignedInSummary({
  account,
  onKeepSignedInChange,
  onSignOut,
}: SignedInSummaryProps) {
  const id = useId();
  return (
    <div class="options-signed-in">
      <p class="options-who">
        Signed in as <strong>{displayName(account)}</strong> ({account.webExId}) on{' '}
        <strong>{siteHost(account.site)}</strong>
      </p>
      {account.profile.email && <p class="options-muted">{account.profile.email}</p>}
      <div class="account-check">
        <input
          id={`${id}-keep`}
          type="checkbox"
          checked={account.keepSignedIn}
          onChange={(e) => onKeepSignedInChange(e.currentTarget.checked)}
          aria-describedby={`${id}-keep-hint`}
        />
        <label for={`${id}-keep`}>Keep me signed in on this device</label>
        <p id={`${id}-keep-hint`} class="account-hint">
          Keeps only WebEx's sign-in ticket on this computer after the browser closes, never your
          password.
        </p>
      </div>
      <div class="account-actions">
        <button type="button" class="account-button" onClick={onSignOut}>
          Sign out
        </button>
        <p class="account-hint">
          Signing out removes the ticket and this account's recent meetings from this device.
        </p>
      </div>
    </div>
  );
}
