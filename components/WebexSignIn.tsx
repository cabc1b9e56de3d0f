import { useId, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { AccountView, Reply } from '../lib/messaging';
import { ErrorNotice } from './ErrorNotice';
import type { AccountRequest } from './use-account-request';

export interface WebexSignInProps {
  /** An integration client ID is configured (AccountView's `webexSignInReady`). */
  ready: boolean;
  /** Where Options' integration section is: `#webex-integration` there, `/options.html#…` elsewhere. */
  integrationHref: string;
  /**
   * Sends signInWithWebex. In the toolbar popup the browser closes the popup when Webex's window
   * opens; the background finishes and the next popup shows the account.
   */
  onWebex(): Promise<Reply<AccountView>>;
  /** Sends signInWithToken with a pasted personal access token. */
  onToken(token: string): Promise<Reply<AccountView>>;
  onSignedIn(account: AccountView): void;
  /** The screen's Webex request (busy, error): the XML form's one-click offer shares it. */
  request: AccountRequest;
}

/**
 * "Sign in with Webex" (OAuth through the background), what is missing when no integration is
 * set, and the developers' personal access token under a disclosure. The token is kept in this
 * form only until it is sent, and cleared on success.
 */
export function WebexSignIn(props: WebexSignInProps) {
  const id = useId();
  const [token, setToken] = useState('');
  const { busy, error, run } = props.request;
  const answer = (reply: Reply<AccountView>) => {
    if (!reply.ok) return;
    setToken('');
    props.onSignedIn(reply.value);
  };

  return (
    <div class="webex-sign-in" aria-busy={busy}>
      {error && <ErrorNotice error={error} variant="account" />}
      <div class="account-actions">
        <button
          type="button"
          class="account-button primary webex-button"
          disabled={busy || !props.ready}
          aria-describedby={`${id}-lead`}
          onClick={() => run(props.onWebex, answer)}
        >
          {busy ? t('signIn.webex.busy') : t('signIn.webex.button')}
        </button>
      </div>
      <p id={`${id}-lead`} class="account-hint">
        {props.ready ? t('signIn.webex.lead') : t('signIn.webex.notReady')}
      </p>
      {!props.ready && (
        <p class="account-hint">
          <a
            href={props.integrationHref}
            target={props.integrationHref.startsWith('#') ? undefined : '_blank'}
          >
            {props.integrationHref.startsWith('#')
              ? t('signIn.webex.notReadyLinkHere')
              : t('signIn.webex.notReadyLink')}
          </a>
        </p>
      )}
      <details class="account-disclosure token-disclosure">
        <summary>{t('signIn.token.summary')}</summary>
        <form
          class="account-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const typed = token.trim();
            if (typed) run(() => props.onToken(typed), answer);
          }}
        >
          <div class="account-field">
            <label for={`${id}-token`}>{t('signIn.token.label')}</label>
            <input
              id={`${id}-token`}
              type="password"
              name="webex-token"
              value={token}
              onInput={(e) => setToken(e.currentTarget.value)}
              autoComplete="off"
              spellcheck={false}
              aria-describedby={`${id}-token-hint`}
            />
            <p id={`${id}-token-hint`} class="account-hint">
              {t('signIn.token.hint')}
            </p>
          </div>
          <div class="account-actions">
            <button type="submit" class="account-button" disabled={busy || token.trim() === ''}>
              {t('signIn.token.submit')}
            </button>
          </div>
        </form>
      </details>
    </div>
  );
}
