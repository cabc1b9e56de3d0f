import { t } from '../../lib/i18n';
import type { AccountView } from '../../lib/messaging';
import { siteHost } from '../../lib/site-host';
import { Lazy } from './Lazy';

// REST accounts only: out of the popup's first load.
const loadSiteChooser = () => import('./SiteChooser').then((module) => module.SiteChooser);

interface PopupHeaderProps {
  account: AccountView | undefined;
  onOpenOptions(): void;
  onSignOut(): void;
  /** REST accounts with several sites: the background chose another (chooseSite's answer). */
  onSiteChosen?(account: AccountView): void;
}

export function PopupHeader(props: PopupHeaderProps) {
  const { account, onOpenOptions, onSignOut } = props;
  const signedIn = account?.signedIn ? account : undefined;
  const chooser =
    signedIn?.api === 'rest' && props.onSiteChosen ? (
      <Lazy
        load={loadSiteChooser}
        props={{
          profile: signedIn.profile,
          chosen: siteHost(signedIn.site),
          onChosen: props.onSiteChosen,
        }}
      />
    ) : null;
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
