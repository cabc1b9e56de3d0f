import type { AccountView, Reply } from '../../lib/messaging';
import { t } from '../../lib/i18n';
import { PasswordPrompt } from '../PasswordPrompt';
import { SignInChoices, type SignInSenders } from '../SignInChoices';
import { WebexRenewal } from '../WebexRenewal';
import { SignedInSummary } from './SignedInSummary';

export interface AccountSectionProps {
  account: AccountView | null;
  keepSignedInDefault: boolean;
  /** Sign in with Webex, with a token, or with the WebEx ID form. */
  signIn: SignInSenders;
  onRenewTicket(password: string): Promise<Reply<AccountView>>;
  /** A REST account whose token ran out: sign in with Webex again. */
  onRenewWebex(): Promise<Reply<AccountView>>;
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
          <SignInChoices
            account={account}
            keepSignedInDefault={props.keepSignedInDefault}
            integrationHref="#webex-integration"
            send={props.signIn}
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
          {account.ticketExpired && account.api === 'rest' && (
            <div class="options-subpanel">
              <WebexRenewal onRenew={props.onRenewWebex} onSignedIn={props.onAccountChange} />
            </div>
          )}
          {account.ticketExpired && account.api !== 'rest' && (
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
