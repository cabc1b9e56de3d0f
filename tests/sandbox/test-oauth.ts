import { SANDBOX_REST_ACCOUNTS } from './accounts.ts';
import { chromeBuildRedirectUri, SANDBOX_INTEGRATION } from './rest/integration.ts';
import type { TestBrowser, Visit } from './test-client.ts';
import { API } from './test-rest.ts';

/** Chrome's redirect URI for this checkout's build, registered on the sandbox integration. */
export const REDIRECT = chromeBuildRedirectUri();
export const ALL_SCOPES = SANDBOX_INTEGRATION.scopes.join(' ');

/** An authorize address: code flow, every scope, state `st-1`, unless `params` says otherwise. */
export function authorizeUrl(params: Record<string, string> = {}): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: SANDBOX_INTEGRATION.clientId,
    redirect_uri: REDIRECT,
    scope: ALL_SCOPES,
    state: 'st-1',
    ...params,
  });
  return `${API}/authorize?${query}`;
}

/** Opens the authorize page and submits it as a person would: email, password, Accept. */
export async function consent(
  browser: TestBrowser,
  params: Record<string, string> = {},
  form: Record<string, string> = {
    email: SANDBOX_REST_ACCOUNTS.gina.email,
    password: SANDBOX_REST_ACCOUNTS.gina.password,
    decision: 'accept',
  },
): Promise<{ page: Visit; answer: Visit }> {
  const url = authorizeUrl(params);
  const page = await browser.open(url);
  const request = new URL(url).search.slice(1);
  const answer = await browser.open(`${API}/authorize`, { request, ...form });
  return { page, answer };
}

/** The parameters the redirect carries, in its query (code flow) or fragment (token flow). */
export function redirectParams(visit: Visit): Record<string, string> {
  const location = new URL(visit.headers.get('location') ?? 'https://invalid.test/');
  const part = location.hash ? location.hash.slice(1) : location.search.slice(1);
  return Object.fromEntries(new URLSearchParams(part));
}

/** POST /v1/access_token with the integration's id and secret unless `form` overrides them. */
export function tokenForm(form: Record<string, string>): Record<string, string> {
  return {
    client_id: SANDBOX_INTEGRATION.clientId,
    client_secret: SANDBOX_INTEGRATION.clientSecret,
    ...form,
  };
}

/** An access token of the implicit grant for gina (14 days), through the consent page. */
export async function implicitToken(browser: TestBrowser, scope = ALL_SCOPES): Promise<string> {
  const { answer } = await consent(browser, { response_type: 'token', scope });
  const token = redirectParams(answer).access_token;
  if (!token) throw new Error(`no access token in ${answer.headers.get('location')}`);
  return token;
}
