import { t } from '../../lib/i18n';
import type { AccountView } from '../../lib/messaging';
import { siteHost } from '../../lib/site-host';

interface PopupHeaderProps {
  account: AccountView | undefined;
  onOpenOptions(): void;
  onSignOut(): void;
}

export function PopupHeader({ account, onOpenOptions, onSignOut }: PopupHeaderProps) {
  const signedIn = account?.signedIn ? account : undefined;
  return (
    <header class="popup-header">
      <div class="header-titles">
        <h1 class="app-title">{t('app.name')}</h1>
        {signedIn && (
          <p class="account-name">
            {t('popup.header.account', {
              webExId: signedIn.webExId,
              host: siteHost(signedIn.site),
            })}
          </p>
        )}
      </div>
      <div class="header-actions">
        <button type="button" class="button quiet small" onClick={onOpenOptions}>
          {t('popup.header.settings')}
        </button>
        {signedIn && (
          <button
            type="button"
            class="button quiet small"
            title={t('popup.header.signOutHint', { webExId: signedIn.webExId })}
            onClick={onSignOut}
          >
            {t('popup.header.signOut')}
          </button>
        )}
      </div>
    </header>
  );
}
