import { t } from '../i18n';
import {
  failedReply,
  okReply,
  type Reply,
  type WebexIntegrationRequest,
  type WebexIntegrationView,
} from '../messaging';
import { WebExError } from '../webex/errors';
import {
  clientValue,
  resolveOAuthClient,
  type OAuthClient,
  type OAuthClientValues,
} from '../webex/rest/oauth/client-config';
import type { BackgroundEnv } from './environment';

/** What the integration's settings need of the background's environment. */
export type IntegrationEnv = Pick<BackgroundEnv, 'items' | 'integration'>;

/** The keys an administrator's policy sets (public/managed_schema.json). */
export const MANAGED_KEYS = ['clientId', 'clientSecret'] as const;

/**
 * An administrator's integration from `storage.managed` (`get` of the browser's managed area):
 * undefined when there is no policy, or the browser has none to give (Firefox rejects then).
 */
export async function readManagedClient(managed: {
  get(keys: string[]): Promise<Record<string, unknown>>;
}): Promise<OAuthClientValues | undefined> {
  let values: Record<string, unknown>;
  try {
    values = await managed.get([...MANAGED_KEYS]);
  } catch {
    return undefined;
  }
  const clientId = clientValue(values.clientId);
  if (!clientId) return undefined;
  const clientSecret = clientValue(values.clientSecret);
  return clientSecret ? { clientId, clientSecret } : { clientId };
}

/**
 * The integration "Sign in with Webex" uses now: the administrator's, else Options', else the
 * build's (lib/webex/rest/oauth/client-config.ts `resolveOAuthClient`). For `createWebexAuth`'s
 * `readClient`.
 */
export async function readOAuthClient(env: IntegrationEnv): Promise<OAuthClient | undefined> {
  const [managed, options] = await Promise.all([
    env.integration.managed(),
    env.items.webexIntegration.getValue(),
  ]);
  return resolveOAuthClient({
    managed,
    options: options ?? undefined,
    build: { clientId: env.integration.buildClientId },
  });
}

/**
 * Whether "Sign in with Webex" has an integration to use. The build's or Options' client ID
 * answers at once; only without them is the managed area read, because Chromium holds the
 * first `storage.managed` read until its policies have loaded (~2.5 s after the browser
 * starts, measured here), and the sign-in screen must not wait for that.
 */
export async function hasOAuthClient(env: IntegrationEnv): Promise<boolean> {
  if (clientValue(env.integration.buildClientId)) return true;
  if (await env.items.webexIntegration.getValue()) return true;
  return (await env.integration.managed()) !== undefined;
}

/** getWebexIntegration: the integration in use and the redirect URI; never the secret. */
export async function getWebexIntegration(env: IntegrationEnv): Promise<WebexIntegrationView> {
  const client = await readOAuthClient(env);
  const redirectUri = env.integration.redirectUrl;
  if (!client) return { hasSecret: false, redirectUri };
  return {
    clientId: client.clientId,
    source: client.source,
    hasSecret: client.clientSecret !== undefined,
    redirectUri,
    grant: client.grant,
  };
}

function notAClientValue(): WebExError {
  const explanation = {
    title: t('options.webexIntegration.invalid.title'),
    meaning: t('options.webexIntegration.invalid.meaning'),
    action: t('options.webexIntegration.invalid.action'),
  };
  return new WebExError('input', explanation.title, explanation);
}

/**
 * setWebexIntegration: Options' override. An empty `clientId` clears it, secret included; an
 * empty `clientSecret` clears the secret; an absent one keeps the stored secret while the
 * client ID stays the same. Values with spaces or over MAX_CLIENT_VALUE_LENGTH are refused
 * (`input`). Stored sealed in local storage, never in sync.
 */
export async function setWebexIntegration(
  env: IntegrationEnv,
  request: WebexIntegrationRequest,
): Promise<Reply<WebexIntegrationView>> {
  const item = env.items.webexIntegration;
  if (request.clientId.trim() === '') {
    await item.removeValue();
    return okReply(await getWebexIntegration(env));
  }
  const clientId = clientValue(request.clientId);
  const typedSecret = request.clientSecret?.trim();
  const clientSecret = typedSecret ? clientValue(typedSecret) : undefined;
  if (!clientId || (typedSecret && !clientSecret)) return failedReply(notAClientValue().toInfo());
  const stored = await item.getValue();
  const kept =
    request.clientSecret === undefined && stored?.clientId === clientId
      ? stored.clientSecret
      : undefined;
  const secret = clientSecret ?? kept;
  await item.setValue(secret ? { clientId, clientSecret: secret } : { clientId });
  return okReply(await getWebexIntegration(env));
}
