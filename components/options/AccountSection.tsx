import type { AccountView, Reply, SignInRequest } from '../../lib/messaging';
import { t } from '../../lib/i18n';
import { siteInputOf } from '../../lib/site-access';
import { PasswordPrompt } from '../PasswordPrompt';
import { SignInForm } from '../SignInForm';
import { SignedInSummary } from './SignedInSummary';

export interface AccountSectionProps {
  account: AccountView | null;
  keepSignedInDefault: boolean;
  onSignIn(form: SignInRequest): Promise<Reply<AccountView>>;
  onRenewTicket(password: string): Promise<Reply<AccountView>>;
  onAccountChange(account: AccountView): void;
  onKeepSignedInChange(keep: boolean): void;
  /** `forgetMeetings`: also remove this account's meetings kept on this device. */
  onSignOut(forgetMeetings: boolean): void;
}

export function AccountSection(props: AccountSectionProps) {
  const { account } = props;
  return (
    <section class="options-section" aria-labelledby="account-heading">
      <h2 id="account-heading">{t('options.account.heading')}</h2>
      {account === null ? (
        <p class="options-muted">{t('options.account.loading')}</p>
      ) : !account.signedIn ? (
        <>
          {account.keptTicketRefused && (
            <p
              class="account-notice kept-ticket-notice"
              role="alert"
              data-testid="kept-ticket-refused"
            >
              {t('signIn.keptTicketRefused')}
            </p>
          )}
          <p class="options-muted">{t('options.account.intro')}</p>
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
                onSubmit={props.onRenewTicket}
                onSignedIn={props.onAccountChange}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
