import { t } from '../../lib/i18n';
import type { AccountView } from '../../lib/messaging';
import { siteHost } from '../../lib/site-host';
import { SiteChooser } from './SiteChooser';

interface PopupHeaderProps {
  account: AccountView | undefined;
  /** A site change is under way (chooseSite sent). */
  choosingSite?: boolean;
  onOpenOptions(): void;
  onSignOut(): void;
  /** REST accounts with several sites: the host picked another (a host name). */
  onChooseSite?(host: string): void;
}

export function PopupHeader(props: PopupHeaderProps) {
  const { account, onOpenOptions, onSignOut } = props;
  const signedIn = account?.signedIn ? account : undefined;
  const chooser =
    signedIn?.api === 'rest' && props.onChooseSite ? (
      <SiteChooser
        profile={signedIn.profile}
        chosen={siteHost(signedIn.site)}
        busy={props.choosingSite ?? false}
        onChoose={props.onChooseSite}
      />
    ) : null;
  return (
    <header class="popup-header">
      <div class="header-titles">
        <h1 class="app-title">{t('app.name')}</h1>
        {signedIn && (
          <p class="account-name" data-testid="account-name">
            {t('popup.header.account', {
              webExId: signedIn.webExId,
              host: siteHost(signedIn.site),
            })}
          </p>
        )}
        {chooser}
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
