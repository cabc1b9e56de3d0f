import type { browser } from 'wxt/browser';
import { indexedDbVault } from '../secrets/key-vault';
import { createAccountBackend } from '../webex/account-backend';
import { createRestBackend } from '../webex/rest/client';
import { createXmlBackend } from '../webex/xml/client';
import { storedItems, type BackgroundEnv } from './environment';
import { storedSiteTimeZones } from './site-time-zones-store';
import { createWebexAuth } from './webex-auth';
import { readManagedClient, readOAuthClient } from './webex-integration';
import { isPageOpen, type PresenceApis } from './popup-presence';

/** The background's environment in the browser: WebEx's XML API, storage, tabs, notifications. */
export function browserBackgroundEnv(api: typeof browser): BackgroundEnv {
  // getContexts is missing from older browsers' typings; getURL's generated typing does not reach here.
  const runtime = api.runtime as unknown as Required<Pick<PresenceApis, 'getURL'>> &
    Pick<PresenceApis, 'getContexts'>;
  const presence: PresenceApis = {
    getURL: (path) => runtime.getURL(path),
    getContexts: runtime.getContexts?.bind(runtime),
    getViews: api.extension?.getViews?.bind(api.extension),
  };
  const fetch = globalThis.fetch.bind(globalThis);
  const restBackend = createRestBackend({ fetch });
  const xmlBackend = createXmlBackend({ fetch, siteTimeZones: storedSiteTimeZones() });
  // The sealing key lives in this extension origin's IndexedDB, out of content scripts' reach.
  const items = storedItems({ vault: indexedDbVault(indexedDB), crypto: globalThis.crypto });
  const integration = {
    // From `.env` at build time (.env.example); no secret is ever built in.
    buildClientId: import.meta.env.WXT_WEBEX_CLIENT_ID,
    managed: () => readManagedClient(api.storage.managed),
    redirectUrl: api.identity.getRedirectURL(),
  };
  const webexAuth = createWebexAuth({
    launchWebAuthFlow: (details) => api.identity.launchWebAuthFlow(details),
    redirectUrl: integration.redirectUrl,
    fetch,
    now: () => Date.now(),
    crypto: globalThis.crypto,
    readClient: () => readOAuthClient({ items, integration }),
  });
  return {
    backend: createAccountBackend(xmlBackend, restBackend),
    restBackend,
    webexAuth,
    items,
    now: () => Date.now(),
    permissions: api.permissions,
    tabs: api.tabs,
    notifications: api.notifications,
    isPopupOpen: () => isPageOpen(presence, '/popup.html'),
    iconUrl: runtime.getURL('/icon/128.png'),
    integration,
  };
}
