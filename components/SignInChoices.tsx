import { useId, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { AccountView, Reply, SignInRequest } from '../lib/messaging';
import { siteInputOf } from '../lib/site-access';
import { SignInForm } from './SignInForm';
import { useAccountRequest } from './use-account-request';
import { WebexSignIn } from './WebexSignIn';
import './styles/account-forms.css';

type SignedOut = Extract<AccountView, { signedIn: false }>;

/** How the sign-in screen reaches the background; each sends one message. */
export interface SignInSenders {
  /** signInWithWebex. */
  webex(keepSignedIn: boolean): Promise<Reply<AccountView>>;
  /** signInWithToken. */
  token(token: string, keepSignedIn: boolean): Promise<Reply<AccountView>>;
  /**
   * The WebEx ID form (signIn), called synchronously from its submit event so that it may ask
   * for a site permission (lib/submit-sign-in.ts).
   */
  xml(form: SignInRequest): Promise<Reply<AccountView>>;
}

export interface SignInChoicesProps {
  account: SignedOut;
  /** The settings' choice, as the box starts. */
  keepSignedInDefault: boolean;
  /** Where Options' Webex integration section is (see WebexSignIn). */
  integrationHref: string;
  send: SignInSenders;
  onSignedIn(account: AccountView): void;
}

/**
 * The sign-in screen of the popup and the options page: "Sign in with Webex" first (sites today,
 * single sign-on too), one "Keep me signed in" for both ways, and the older sites' WebEx ID form
 * behind a disclosure that says, before any password is typed, that single sign-on needs Webex.
 * The disclosure starts open for a host who last signed in with a WebEx ID, and while no Webex
 * integration is set up.
 */
export function SignInChoices(props: SignInChoicesProps) {
  const { account } = props;
  const id = useId();
  const [keepSignedIn, setKeepSignedIn] = useState(props.keepSignedInDefault);
  // Open for a host who last used it, or when Webex's sign-in is not set up (the only way then).
  const [olderOpen, setOlderOpen] = useState(
    account.lastWebExId !== undefined || !account.webexSignInReady,
  );
  const webexRequest = useAccountRequest();
  const webex = () => props.send.webex(keepSignedIn);

  return (
    <div class="sign-in-choices">
      <WebexSignIn
        ready={account.webexSignInReady}
        integrationHref={props.integrationHref}
        onWebex={webex}
        onToken={(token) => props.send.token(token, keepSignedIn)}
        onSignedIn={props.onSignedIn}
        request={webexRequest}
      />
      <div class="account-check">
        <input
          id={`${id}-keep`}
          type="checkbox"
          checked={keepSignedIn}
          onChange={(e) => setKeepSignedIn(e.currentTarget.checked)}
          aria-describedby={`${id}-keep-hint`}
        />
        <label for={`${id}-keep`}>{t('signIn.keepSignedIn')}</label>
        <p id={`${id}-keep-hint`} class="account-hint">
          {t('signIn.keepSignedInHint')}
        </p>
      </div>
      <details
        class="account-disclosure older-sign-in"
        open={olderOpen}
        onToggle={(e) => setOlderOpen(e.currentTarget.open)}
      >
        <summary>{t('signIn.older.summary')}</summary>
        <p class="account-hint sso-note" data-testid="sso-note">
          {t('signIn.older.singleSignOn')}
        </p>
        <SignInForm
          initialSite={account.lastSite ? siteInputOf(account.lastSite) : ''}
          initialWebExId={account.lastWebExId ?? ''}
          keepSignedIn={keepSignedIn}
          onSubmit={props.send.xml}
          onSignedIn={props.onSignedIn}
          onSignInWithWebex={
            account.webexSignInReady
              ? () => webexRequest.run(webex, (reply) => reply.ok && props.onSignedIn(reply.value))
              : undefined
          }
        />
      </details>
    </div>
  );
}
