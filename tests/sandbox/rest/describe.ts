import type { SandboxConfig } from '../config.ts';
import { registeredRedirectUris, SANDBOX_INTEGRATION } from './integration.ts';

/** What `npm run sandbox` and `npm start` print about webexapis.com: integration and accounts. */
export function restAccountLines(config: SandboxConfig): string[] {
  const accounts = config.restAccounts ?? [];
  return [
    'REST API https://webexapis.com/v1 (Sign in with Webex: GET /v1/authorize, POST /v1/access_token):',
    `  integration client_id ${SANDBOX_INTEGRATION.clientId}, client_secret ${SANDBOX_INTEGRATION.clientSecret}`,
    `  scopes ${SANDBOX_INTEGRATION.scopes.join(' ')}`,
    `  redirect URIs (this checkout's Chrome build, Firefox) ${registeredRedirectUris().join(', ')}`,
    'REST accounts (email / password, sites, personal access token valid 12 hours from start):',
    ...accounts.map(
      (account) =>
        `  ${account.id}: ${account.email} / ${account.password}  ` +
        `${account.sites.map((entry) => `${entry.site}.webex.com#${entry.role}`).join(', ')}  ` +
        `zone ${account.timezone}  token ${account.personalAccessToken}`,
    ),
  ];
}
