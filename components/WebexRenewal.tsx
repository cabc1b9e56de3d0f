import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { AccountView, Reply } from '../lib/messaging';
import { ErrorNotice } from './ErrorNotice';
import { useAccountRequest } from './use-account-request';
import './styles/account-forms.css';

export interface WebexRenewalProps {
  /** Sends renewWebexSignIn: Webex's sign-in window again for the same account. */
  onRenew(): Promise<Reply<AccountView>>;
  /** Signed in again: the caller re-sends what it was doing. */
  onSignedIn?(account: AccountView): void;
  onCancel?(): void;
}

/**
 * A REST account's sign-in ran out and could not be renewed silently: "Sign in with Webex
 * again", the counterpart of PasswordPrompt for an expired XML ticket.
 */
export function WebexRenewal(props: WebexRenewalProps) {
  const id = useId();
  const { busy, error, run } = useAccountRequest();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);

  return (
    <div class="account-form" aria-busy={busy} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="account-prompt-title">
        {t('signIn.renewWebex.title')}
      </h2>
      <p class="account-prompt-intro">{t('signIn.renewWebex.intro')}</p>
      {error && <ErrorNotice error={error} variant="account" />}
      <div class="account-actions">
        <button
          type="button"
          ref={button}
          class="account-button primary"
          disabled={busy}
          onClick={() =>
            run(props.onRenew, (answer) => answer.ok && props.onSignedIn?.(answer.value))
          }
        >
          {busy ? t('signIn.webex.busy') : t('signIn.renewWebex.button')}
        </button>
        {props.onCancel && (
          <button type="button" class="account-button" onClick={props.onCancel} disabled={busy}>
            {t('signIn.prompt.cancel')}
          </button>
        )}
      </div>
    </div>
  );
}
