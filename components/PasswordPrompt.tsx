import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { AccountView, Reply } from '../lib/messaging';
import { siteHost } from '../lib/site-access';
import type { WebExSite } from '../lib/webex/types';
import { ErrorNotice } from './ErrorNotice';
import { slots, withParts } from './text-parts';
import { useAccountRequest } from './use-account-request';
import './styles/account-forms.css';

export interface PasswordPromptProps {
  site: WebExSite;
  webExId: string;
  /** Sends the password (sendMessage('renewTicket', { password })). */
  onSubmit(password: string): Promise<Reply<AccountView>>;
  /** Signed in again: the caller re-sends what it was doing. */
  onSignedIn?(account: AccountView): void;
  onCancel?(): void;
  cancelLabel?: string;
}

/** After the session ticket expired: the password once more, then the caller carries on. */
export function PasswordPrompt(props: PasswordPromptProps) {
  const id = useId();
  const ids = { title: `${id}-title`, password: `${id}-password` };
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAccountRequest();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  function submit(event: Event) {
    event.preventDefault();
    run(
      () => props.onSubmit(password),
      (answer) => {
        setPassword('');
        if (answer.ok) props.onSignedIn?.(answer.value);
      },
    );
  }

  return (
    <form
      class="account-form"
      onSubmit={submit}
      aria-busy={busy}
      aria-labelledby={ids.title}
      noValidate
    >
      <h2 id={ids.title} class="account-prompt-title">
        {t('signIn.prompt.title')}
      </h2>
      <p class="account-prompt-intro">
        {withParts(t('signIn.prompt.intro', slots('webExId', 'site')), {
          webExId: <strong>{props.webExId}</strong>,
          site: siteHost(props.site),
        })}
      </p>
      {error && <ErrorNotice error={error} variant="account" />}
      {/* Lets password managers match the saved login. */}
      <input
        type="text"
        name="username"
        value={props.webExId}
        autoComplete="username"
        hidden
        readOnly
      />
      <div class="account-field">
        <label for={ids.password}>{t('signIn.password')}</label>
        <input
          id={ids.password}
          ref={input}
          type="password"
          name="password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
          required
        />
      </div>
      <div class="account-actions">
        <button type="submit" class="account-button primary" disabled={busy}>
          {busy ? t('signIn.submitting') : t('signIn.prompt.continue')}
        </button>
        {props.onCancel && (
          <button type="button" class="account-button" onClick={props.onCancel} disabled={busy}>
            {props.cancelLabel ?? t('signIn.prompt.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
