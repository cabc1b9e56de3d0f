import { isWebExError } from '../webex/errors';
import type { RestGrant, WebexAuth } from '../webex/rest/grant';
import { authorizeUrl } from '../webex/rest/oauth/authorize-url';
import type { OAuthClient } from '../webex/rest/oauth/client-config';
import { noIntegration, renewalNeedsHost, signInCancelled } from '../webex/rest/oauth/failures';
import { newPkcePair, newState, type OAuthCrypto } from '../webex/rest/oauth/pkce';
import { readRedirect, type ExpectedRedirect } from '../webex/rest/oauth/redirect';
import { requestTokens } from '../webex/rest/oauth/token-endpoint';

/** What "Sign in with Webex" needs from the browser; tests pass fakes or the sandbox. */
export interface WebexAuthEnv {
  /**
   * `identity.launchWebAuthFlow`: opens `url` (a window when `interactive`) and resolves with
   * the address it was finally sent to under `redirectUrl`; rejects when the host closes the
   * window or, non-interactive, when the page would need the host.
   */
  launchWebAuthFlow(details: { url: string; interactive: boolean }): Promise<string | undefined>;
  /** `identity.getRedirectURL()`: `https://<id>.chromiumapp.org/` in Chrome. */
  redirectUrl: string;
  fetch: typeof fetch;
  /** The clock, epoch ms. */
  now: () => number;
  /** WebCrypto: `state` and the PKCE pair. */
  crypto: OAuthCrypto;
  /** The integration in use (lib/background/webex-integration.ts `readOAuthClient`). */
  readClient(): Promise<OAuthClient | undefined>;
  /** Per token request; default 20 s. */
  timeoutMs?: number;
}

async function launch(env: WebexAuthEnv, url: string, interactive: boolean): Promise<string> {
  const launchFlow = env.launchWebAuthFlow;
  let address: string | undefined;
  try {
    address = await launchFlow({ url, interactive });
  } catch {
    // Chrome: "The user did not approve access." (closed) or "User interaction required."
    address = undefined;
  }
  if (address) return address;
  throw interactive ? signInCancelled() : renewalNeedsHost('authorize');
}

async function authorizeWith(
  env: WebexAuthEnv,
  client: OAuthClient,
  options: { interactive: boolean; loginHint?: string },
): Promise<RestGrant> {
  const state = newState(env.crypto);
  const pkce = client.clientSecret ? await newPkcePair(env.crypto) : undefined;
  const url = authorizeUrl({
    clientId: client.clientId,
    redirectUri: env.redirectUrl,
    state,
    flow: pkce ? { type: 'code', codeChallenge: pkce.challenge } : { type: 'implicit' },
    silent: !options.interactive,
    loginHint: options.loginHint,
  });
  const address = await launch(env, url, options.interactive);
  const expected: ExpectedRedirect = {
    redirectUri: env.redirectUrl,
    state,
    flow: pkce ? 'code' : 'implicit',
  };
  const answer = readRedirect(address, expected);
  if (answer.type === 'token')
    return {
      accessToken: answer.accessToken,
      expiresAt: env.now() + answer.expiresInSeconds * 1000,
      tokenKind: 'integration',
    };
  if (!pkce || !client.clientSecret) throw renewalNeedsHost('authorize');
  return requestTokens(
    env,
    { clientId: client.clientId, clientSecret: client.clientSecret },
    {
      type: 'authorization_code',
      code: answer.code,
      redirectUri: env.redirectUrl,
      codeVerifier: pkce.verifier,
    },
  );
}

function refreshable(grant: RestGrant, now: number): grant is RestGrant & { refreshToken: string } {
  return (
    grant.refreshToken !== undefined &&
    (grant.refreshExpiresAt === undefined || grant.refreshExpiresAt > now)
  );
}

/**
 * "Sign in with Webex" over `identity.launchWebAuthFlow` (the WebexAuth contract,
 * lib/webex/rest/grant.ts): the implicit grant without a client secret, code + PKCE (S256)
 * with one; `renew` uses the refresh token while it is valid, else a silent authorize
 * (`prompt=none`). A personal access token cannot be renewed: `token-expired`.
 */
export function createWebexAuth(env: WebexAuthEnv): WebexAuth {
  const client = async () => {
    const found = await env.readClient();
    if (!found) throw noIntegration();
    return found;
  };
  const authorize: WebexAuth['authorize'] = async (options) =>
    authorizeWith(env, await client(), options);
  return {
    authorize,
    async renew(grant, loginHint) {
      if (grant.tokenKind === 'personal') throw renewalNeedsHost('authorize');
      const found = await client();
      if (found.clientSecret && refreshable(grant, env.now())) {
        const secret = { clientId: found.clientId, clientSecret: found.clientSecret };
        try {
          const fresh = await requestTokens(env, secret, {
            type: 'refresh_token',
            refreshToken: grant.refreshToken,
          });
          return fresh.refreshExpiresAt === undefined && grant.refreshExpiresAt !== undefined
            ? { ...fresh, refreshExpiresAt: grant.refreshExpiresAt }
            : fresh;
        } catch (error) {
          // A refused refresh token: the Webex session in the browser may still do.
          if (!isWebExError(error) || error.kind !== 'token-expired') throw error;
        }
      }
      return authorizeWith(env, found, { interactive: false, loginHint });
    },
  };
}
