import type { AccountView, Result, SignInForm as SignInFormData } from '../../lib/messaging';
import { siteInputOf } from '../../lib/site-access';
import { PasswordPrompt } from '../PasswordPrompt';
import { SignInForm } from '../SignInForm';
import { SignedInSummary } from './SignedInSummary';

export interface AccountSectionProps {
  account: AccountView | null;
  keepSignedInDefault: boolean;
  onSignIn(form: SignInFormData): Promise<Result<AccountView>>;
  onReauthenticate(password: string): Promise<Result<AccountView>>;
  onAccountChange(account: AccountView): void;
  onKeepSignedInChange(keep: boolean): void;
  onSignOut(): void;
}

export function AccountSection(props: AccountSectionProps) {
  const { account } = props;
  return (
    <section class="options-section" aria-labelledby="account-heading">
      <h2 id="account-heading">Site and account</h2>
      {account === null ? (
        <p class="options-muted">Loading your account…</p>
      ) : !account.signedIn ? (
        <>
          <p class="options-muted">
            Sign in with your WebEx host account to schedule and start meetings from the toolbar.
          </p>
          <SignInForm
            initialSite={account.lastSite ? siteInputOf(account.lastSite) : ''}
            initialWebExId={account.lastWebExId ?? ''}
            initialKeepSignedIn={props.keepSignedInDefault}
            onSubmit={props.onSignIn}
            onSignedIn={props.onAccountChange}
          />
        </>
      ) : (
        <>
          <SignedInSummary
            account={account}
            onKeepSignedInChange={props.onKeepSignedInChange}
            onSignOut={props.onSignOut}
          />
          {account.ticketExpired && (
            <div class="options-subpanel">
              <PasswordPrompt
                site={account.site}
                webExId={account.webExId}
                onSubmit={props.onReauthenticate}
                onSignedIn={props.onAccountChange}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
