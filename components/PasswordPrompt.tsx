import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { AccountView, Result } from '../lib/messaging';
import { siteHost } from '../lib/site-access';
import type { WebExSite } from '../lib/webex/types';
import { AccountErrorNotice } from './AccountErrorNotice';
import { useAccountRequest } from './use-account-request';
import './styles/account-forms.css';

export interface PasswordPromptProps {
  site: WebExSite;
  webExId: string;
  /** Sends the password (sendMessage('reauthenticate', { password })). */
  onSubmit(password: string): Promise<Result<AccountView>>;
  /** Signed in again: the caller re-sends what it was doing. */
  onSignedIn?(account: AccountView): void;
  onCancel?(): void;
  cancelLabel?: string;
}

/** After the session ticket expired: the password once more, then the caller carries on. */
export function PasswordPrompt(props: PasswordPromptProps) {
  const id = useId();
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
      aria-labelledby={`${id}-title`}
      noValidate
    >
      <h2 id={`${id}-title`} class="account-prompt-title">
        Your WebEx session has ended
      </h2>
      <p class="account-prompt-intro">
        Enter the password for <strong>{props.webExId}</strong> on {siteHost(props.site)} to carry
        on. It goes to WebEx once and is never stored.
      </p>
      {error && <AccountErrorNotice error={error} />}
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
        <label for={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
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
          {busy ? 'Signing in…' : 'Continue'}
        </button>
        {props.onCancel && (
          <button type="button" class="account-button" onClick={props.onCancel} disabled={busy}>
            {props.cancelLabel ?? 'Cancel'}
          </button>
        )}
      </div>
    </form>
  );
}
