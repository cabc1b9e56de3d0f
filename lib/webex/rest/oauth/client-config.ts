import type { WebexGrantType } from '../grant';

/** Where the integration in use comes from, strongest first: administrator, Options, build. */
export type OAuthClientSource = 'managed' | 'options' | 'build';

/** One source's values, as stored or built in; blanks count as absent. */
export interface OAuthClientValues {
  clientId?: string;
  clientSecret?: string;
}

/** The integration "Sign in with Webex" uses, and which grant its values allow. */
export interface OAuthClient {
  clientId: string;
  /** Only from Options or managed storage, never from the build (no secret ships). */
  clientSecret?: string;
  /** `code-pkce` with a secret (the token endpoint needs it), else `implicit`. */
  grant: WebexGrantType;
  source: OAuthClientSource;
}

/** The longest client ID or secret taken, in characters (Webex's are 65). */
export const MAX_CLIENT_VALUE_LENGTH = 256;

const CLIENT_VALUE = /^[\x21-\x7e]+$/;

/** A client ID or secret: trimmed, printable ASCII without spaces, capped; else undefined. */
export function clientValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > MAX_CLIENT_VALUE_LENGTH || !CLIENT_VALUE.test(trimmed))
    return undefined;
  return trimmed;
}

/**
 * The integration in use: the first source with a client ID, in the order managed (an
 * administrator's policy), Options, build. The secret comes with its own source's ID only
 * (a secret for another ID would fail), and never from the build. Undefined when no source has
 * a client ID (`no-integration`).
 */
export function resolveOAuthClient(sources: {
  managed?: OAuthClientValues;
  options?: OAuthClientValues;
  build?: OAuthClientValues;
}): OAuthClient | undefined {
  const order: [OAuthClientSource, OAuthClientValues | undefined][] = [
    ['managed', sources.managed],
    ['options', sources.options],
    ['build', sources.build],
  ];
  for (const [source, values] of order) {
    const clientId = clientValue(values?.clientId);
    if (!clientId) continue;
    const clientSecret = source === 'build' ? undefined : clientValue(values?.clientSecret);
    return clientSecret
      ? { clientId, clientSecret, grant: 'code-pkce', source }
      : { clientId, grant: 'implicit', source };
  }
  return undefined;
}
