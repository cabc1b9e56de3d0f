import { useId } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { AccountView } from '../../lib/messaging';
import { siteHost } from '../../lib/site-access';
import { slots, withParts } from '../text-parts';

type SignedIn = Extract<AccountView, { signedIn: true }>;

interface SignedInSummaryProps {
  account: SignedIn;
  onKeepSignedInChange(keep: boolean): void;
  /** `forgetMeetings`: also remove this account's meetings kept on this device. */
  onSignOut(forgetMeetings: boolean): void;
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
  const ids = {
    keep: `${id}-keep`,
    keepHint: `${id}-keep-hint`,
    signOutHint: `${id}-sign-out-hint`,
  };
  return (
    <div class="options-signed-in">
      <p class="options-who">
        {withParts(t('options.account.signedInAs', slots('name', 'webExId', 'site')), {
          name: <strong>{displayName(account)}</strong>,
          webExId: account.webExId,
          site: <strong>{siteHost(account.site)}</strong>,
        })}
      </p>
      {account.profile.email && <p class="options-muted">{account.profile.email}</p>}
      <div class="account-check">
        <input
          id={ids.keep}
          type="checkbox"
          checked={account.keepSignedIn}
          onChange={(e) => onKeepSignedInChange(e.currentTarget.checked)}
          aria-describedby={ids.keepHint}
        />
        <label for={ids.keep}>{t('signIn.keepSignedIn')}</label>
        <p id={ids.keepHint} class="account-hint">
          {t('options.account.keepSignedInHint')}
        </p>
      </div>
      <div class="account-actions">
        <button
          type="button"
          class="account-button"
          aria-describedby={ids.signOutHint}
          onClick={() => onSignOut(false)}
        >
          {t('options.account.signOut')}
        </button>
        <button
          type="button"
          class="account-button"
          aria-describedby={ids.signOutHint}
          onClick={() => onSignOut(true)}
        >
          {t('options.account.signOutAndForget')}
        </button>
        <p id={ids.signOutHint} class="account-hint">
          {t('options.account.signOutHint', { webExId: account.webExId })}
        </p>
      </div>
    </div>
  );
}
