import { t } from '../../../i18n';
import { WebExError, type Explanation, type WebExErrorInfo } from '../../errors';
import { MAX_ERROR_TEXT } from '../error-body';
import { restRequestName, type RestOperation } from '../operations';
import { scopeParameter } from './scopes';

// Why "Sign in with Webex" stopped, in plain words. No token, code or secret is ever part of a
// message or detail here: only the OAuth error code and Webex's own description (text, capped).

/** The OAuth step that failed: the authorize page's redirect, or the token endpoint. */
export type OAuthStep = Extract<RestOperation, 'authorize' | 'accessToken'>;

type Details = Omit<WebExErrorInfo, 'kind' | 'message' | 'explanation' | 'operation'>;

function failure(
  kind: WebExError['kind'],
  step: OAuthStep,
  explanation: Explanation,
  details: Details = {},
): WebExError {
  const operation = restRequestName(step);
  return new WebExError(kind, `${operation}: ${explanation.title}`, explanation, {
    operation,
    ...details,
  });
}

/** An OAuth `error_description` as shown text: trimmed, capped, absent when empty. */
export function oauthDescription(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return trimmed.length > MAX_ERROR_TEXT ? `${trimmed.slice(0, MAX_ERROR_TEXT)}…` : trimmed;
}

/** An OAuth error code as a detail: only `[a-z_]`, at most 64 characters, else `other`. */
export function oauthCode(value: unknown): string {
  return typeof value === 'string' && /^[a-z_]{1,64}$/.test(value) ? value : 'other';
}

function said(code: string, description: string | undefined): Details {
  return { reason: code, ...(description ? { restErrors: [description] } : {}) };
}

/** No client ID is configured: not in the build, not in Options, not by an administrator. */
export function noIntegration(): WebExError {
  return failure('no-integration', 'authorize', {
    title: t('webex.oauth.noIntegration.title'),
    meaning: t('webex.oauth.noIntegration.meaning'),
    action: t('webex.oauth.noIntegration.action'),
  });
}

/** The host closed the Webex sign-in window (`launchWebAuthFlow` rejected, interactive). */
export function signInCancelled(): WebExError {
  return failure('sign-in-cancelled', 'authorize', {
    title: t('webex.oauth.cancelled.title'),
    meaning: t('webex.oauth.cancelled.meaning'),
    action: t('webex.oauth.cancelled.action'),
  });
}

/**
 * A renewal needs the host: no Webex session in the browser for `prompt=none`
 * (`login_required`, `consent_required`, `interaction_required`), a refused refresh token
 * (`invalid_grant`), or a silent window that did not come back. Sign in again, form kept.
 */
export function renewalNeedsHost(step: OAuthStep, code?: string, description?: string): WebExError {
  return failure(
    'token-expired',
    step,
    {
      title: t('webex.rest.failure.tokenExpired.title'),
      meaning: t('webex.oauth.renewal.meaning'),
      action: t('webex.rest.failure.tokenExpired.action'),
    },
    code ? said(code, description) : {},
  );
}

/** The redirect did not answer the request sent: another `state`, or another address. */
export function foreignAnswer(reason: 'state_mismatch' | 'redirect_mismatch'): WebExError {
  return failure(
    'oauth',
    'authorize',
    {
      title: t('webex.oauth.foreign.title'),
      meaning: t('webex.oauth.foreign.meaning'),
      action: t('webex.oauth.foreign.action'),
    },
    { reason },
  );
}

function invalidClient(): Explanation {
  return {
    title: t('webex.oauth.invalidClient.title'),
    meaning: t('webex.oauth.invalidClient.meaning'),
    action: t('webex.oauth.invalidClient.action'),
  };
}

/** OAuth error codes with words of their own; any other is explained by its code. */
const EXPLAINED: Record<string, () => Explanation> = {
  access_denied: () => ({
    title: t('webex.oauth.accessDenied.title'),
    meaning: t('webex.oauth.accessDenied.meaning'),
    action: t('webex.oauth.accessDenied.action'),
  }),
  invalid_scope: () => ({
    title: t('webex.oauth.invalidScope.title'),
    meaning: t('webex.oauth.invalidScope.meaning', { scopes: scopeParameter() }),
    action: t('webex.oauth.invalidScope.action', { scopes: scopeParameter() }),
  }),
  invalid_client: invalidClient,
  unauthorized_client: invalidClient,
  invalid_grant: () => ({
    title: t('webex.oauth.invalidGrant.title'),
    meaning: t('webex.oauth.invalidGrant.meaning'),
    action: t('webex.oauth.invalidGrant.action'),
  }),
};

function otherError(code: string): Explanation {
  return {
    title: t('webex.oauth.other.title', { code }),
    meaning: t('webex.oauth.other.meaning', { code }),
    action: t('webex.oauth.other.action'),
  };
}

/**
 * Webex answered an OAuth error (`{error, error_description}`) at `step`: `access_denied`
 * (declined on the page), `invalid_scope` (the integration lacks a scope: names the scopes to
 * tick), `invalid_client` (client ID or secret wrong), `invalid_grant` (a code refused),
 * anything else by its code. The `*_required` codes mean a silent renewal needs the host
 * (`token-expired`). `reason` holds the code; Webex's words go in `restErrors`, as text.
 */
export function oauthFailure(step: OAuthStep, error: unknown, description?: unknown): WebExError {
  const code = oauthCode(error);
  const words = oauthDescription(description);
  if (/^(?:login|consent|interaction)_required$/.test(code))
    return renewalNeedsHost(step, code, words);
  const explain = Object.hasOwn(EXPLAINED, code) ? EXPLAINED[code] : undefined;
  return failure('oauth', step, explain?.() ?? otherError(code), said(code, words));
}
