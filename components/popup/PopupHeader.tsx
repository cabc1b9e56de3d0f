import type { AccountView } from '../../lib/messaging';

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
        <h1 class="app-title">WebEx Host Helper</h1>
        {signedIn && (
          <p class="account-name">
            {signedIn.webExId} on {new URL(signedIn.site.origin).host}
          </p>
        )}
      </div>
      <div class="header-actions">
        <button type="button" class="button quiet small" onClick={onOpenOptions}>
          Settings
        </button>
        {signedIn && (
          <button type="button" class="button quiet small" onClick={onSignOut}>
            Sign out
          </button>
        )}
      </div>
    </header>
  );
}
