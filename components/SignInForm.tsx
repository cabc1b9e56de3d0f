import { useId, useState } from 'preact/hooks';
import type { AccountView, Result, SignInForm as SignInFormData } from '../lib/messaging';
import { AccountErrorNotice } from './AccountErrorNotice';
import { useAccountRequest } from './use-account-request';
import './styles/account-forms.css';

// After these the typed password is of no further use: wrong, or (SSO site) probably the
// host's company password, which should not linger in the form.
const PASSWORD_REFUSED = new Set(['030002', '030103']);

export interface SignInFormProps {
  initialSite?: string;
  initialWebExId?: string;
  initialKeepSignedIn?: boolean;
  /**
   * Called synchronously from the submit event, so that it may ask the browser for a site
   * permission (allowed only during the click), e.g. with lib/submit-sign-in.ts.
   */
  onSubmit(form: SignInFormData): Promise<Result<AccountView>>;
  onSignedIn?(account: AccountView): void;
}

/** Site, WebEx ID and password, each with a visible label; the error in plain words below. */
export function SignInForm(props: SignInFormProps) {
  const id = useId();
  const [siteInput, setSiteInput] = useState(props.initialSite ?? '');
  const [webExId, setWebExId] = useState(props.initialWebExId ?? '');
  const [password, setPassword] = useState('');
  const [keepSignedIn, setKeepSignedIn] = useState(props.initialKeepSignedIn ?? false);
  const { busy, error, run } = useAccountRequest();

  function submit(event: Event) {
    event.preventDefault();
    run(
      () => props.onSubmit({ siteInput, webExId, password, keepSignedIn }),
      (answer) => {
        if (answer.ok || PASSWORD_REFUSED.has(answer.error.exceptionId ?? '')) setPassword('');
        if (answer.ok) props.onSignedIn?.(answer.value);
      },
    );
  }

  return (
    <form class="account-form" onSubmit={submit} aria-busy={busy} noValidate>
      {error && <AccountErrorNotice error={error} />}
      <div class="account-field">
        <label for={`${id}-site`}>WebEx site</label>
        <input
          id={`${id}-site`}
          type="text"
          name="site"
          value={siteInput}
          onInput={(e) => setSiteInput(e.currentTarget.value)}
          placeholder="acme"
          autoComplete="url"
          autoCapitalize="off"
          spellcheck={false}
          required
          aria-describedby={`${id}-site-hint`}
        />
        <p id={`${id}-site-hint`} class="account-hint">
          The name before .webex.com (acme for acme.webex.com), or your site's https address.
        </p>
      </div>
      <div class="account-field">
        <label for={`${id}-webexid`}>WebEx ID or email</label>
        <input
          id={`${id}-webexid`}
          type="text"
          name="username"
          value={webExId}
          onInput={(e) => setWebExId(e.currentTarget.value)}
          autoComplete="username"
          autoCapitalize="off"
          spellcheck={false}
          required
        />
      </div>
      <div class="account-field">
        <label for={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
          type="password"
          name="password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
          required
          aria-describedby={`${id}-password-hint`}
        />
        <p id={`${id}-password-hint`} class="account-hint">
          Sent to WebEx once to sign in, never stored.
        </p>
      </div>
      <div class="account-check">
        <input
          id={`${id}-keep`}
          type="checkbox"
          checked={keepSignedIn}
          onChange={(e) => setKeepSignedIn(e.currentTarget.checked)}
          aria-describedby={`${id}-keep-hint`}
        />
        <label for={`${id}-keep`}>Keep me signed in on this device</label>
        <p id={`${id}-keep-hint`} class="account-hint">
          Keeps only WebEx's sign-in ticket on this computer after the browser closes. When it
          expires, you type your password again.
        </p>
      </div>
      <div class="account-actions">
        <button type="submit" class="account-button primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}
