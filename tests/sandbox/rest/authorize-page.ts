import { escapeHtml, page } from '../html.ts';

/**
 * The sandbox's "Sign in with Webex" page: email and password when no Webex session exists,
 * then Accept or Decline for the integration's scopes. `request` is the authorize query,
 * carried back in a hidden field; every value is escaped (the query is the caller's).
 */
export function consentPage(options: {
  request: string;
  scopes: string[];
  signedInAs?: string;
  loginHint?: string;
  problem?: string;
}): string {
  const field = (name: string, label: string, type: string, value = '') =>
    `<p><label>${escapeHtml(label)}<br><input name="${name}" type="${type}" value="${escapeHtml(value)}" autocomplete="off" required></label></p>`;
  const signIn = options.signedInAs
    ? `<p>Signed in as ${escapeHtml(options.signedInAs)}.</p>`
    : field('email', 'Email address', 'email', options.loginHint) +
      field('password', 'Password', 'password');
  const scopes = options.scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`);
  return page(
    'Sign in with Webex (sandbox)',
    '<h1>Sign in with Webex</h1>' +
      (options.problem ? `<p role="alert">${escapeHtml(options.problem)}</p>` : '') +
      '<form method="post" action="/v1/authorize" aria-label="Sign in with Webex">' +
      `<input type="hidden" name="request" value="${escapeHtml(options.request)}">` +
      signIn +
      `<p>WebEx Host Helper (sandbox integration) asks for:</p><ul>${scopes.join('')}</ul>` +
      '<p><button name="decision" value="accept">Accept</button> ' +
      '<button name="decision" value="decline" formnovalidate>Decline</button></p></form>',
  );
}

/** A 400 page for a request that cannot be sent back (unknown client, unregistered redirect). */
export function authorizeErrorPage(problem: string): string {
  return page('Webex sign-in error', `<h1>Sign-in error</h1><p>${escapeHtml(problem)}</p>`);
}
