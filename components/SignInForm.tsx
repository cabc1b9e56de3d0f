import { useId, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { AccountView, Reply, SignInRequest } from '../lib/messaging';
import { ExceptionId } from '../lib/webex/exception-ids';
import { ErrorNotice } from './ErrorNotice';
import { useAccountRequest } from './use-account-request';
import './styles/account-forms.css';

// After these the typed password is of no further use: wrong, or (SSO site) probably the
// host's company password, which should not linger in the form.
const PASSWORD_REFUSED = new Set<string>([
  ExceptionId.IncorrectUserOrPassword,
  ExceptionId.RoleNotSupported,
]);

export interface SignInFormProps {
  initialSite?: string;
  initialWebExId?: string;
  /** The screen's "Keep me signed in" box (components/SignInChoices.tsx), shared with Webex's sign-in. */
  keepSignedIn: boolean;
  /**
   * Called synchronously from the submit event, so that it may ask the browser for a site
   * permission (allowed only during the click), e.g. with lib/submit-sign-in.ts.
   */
  onSubmit(form: SignInRequest): Promise<Reply<AccountView>>;
  onSignedIn?(account: AccountView): void;
  /** When the site's XML API is off, the notice offers this in one click. */
  onSignInWithWebex?(): void;
}

/** Site, WebEx ID and password, each with a visible label; the error in plain words below. */
export function SignInForm(props: SignInFormProps) {
  const id = useId();
  const ids = {
    site: `${id}-site`,
    siteHint: `${id}-site-hint`,
    webExId: `${id}-webexid`,
    password: `${id}-password`,
    passwordHint: `${id}-password-hint`,
  };
  const [siteInput, setSiteInput] = useState(props.initialSite ?? '');
  const [webExId, setWebExId] = useState(props.initialWebExId ?? '');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAccountRequest();

  function submit(event: Event) {
    event.preventDefault();
    run(
      () => props.onSubmit({ siteInput, webExId, password, keepSignedIn: props.keepSignedIn }),
      (answer) => {
        if (answer.ok || PASSWORD_REFUSED.has(answer.error.exceptionId ?? '')) setPassword('');
        if (answer.ok) props.onSignedIn?.(answer.value);
      },
    );
  }

  return (
    <form class="account-form" onSubmit={submit} aria-busy={busy} noValidate>
      {error && (
        <ErrorNotice error={error} variant="account">
          {error.kind === 'xml-api-off' && props.onSignInWithWebex && (
            <button
              type="button"
              class="account-button primary"
              data-testid="xml-api-off-webex"
              onClick={props.onSignInWithWebex}
            >
              {t('signIn.webex.button')}
            </button>
          )}
        </ErrorNotice>
      )}
      <div class="account-field">
        <label for={ids.site}>{t('signIn.site')}</label>
        <input
          id={ids.site}
          type="text"
          name="site"
          value={siteInput}
          onInput={(e) => setSiteInput(e.currentTarget.value)}
          placeholder={t('signIn.sitePlaceholder')}
          autoComplete="url"
          autoCapitalize="off"
          spellcheck={false}
          required
          aria-describedby={ids.siteHint}
        />
        <p id={ids.siteHint} class="account-hint">
          {t('signIn.siteHint')}
        </p>
      </div>
      <div class="account-field">
        <label for={ids.webExId}>{t('signIn.webExId')}</label>
        <input
          id={ids.webExId}
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
        <label for={ids.password}>{t('signIn.password')}</label>
        <input
          id={ids.password}
          type="password"
          name="password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
          required
          aria-describedby={ids.passwordHint}
        />
        <p id={ids.passwordHint} class="account-hint">
          {t('signIn.passwordHint')}
        </p>
      </div>
      <div class="account-actions">
        <button type="submit" class="account-button primary" disabled={busy}>
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </div>
    </form>
  );
}
