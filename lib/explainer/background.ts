import type { browser } from 'wxt/browser';
import type { BackgroundEnv } from '../background/environment';
import type { ExplainerHandlers } from '../background/handlers';
import { okReply } from '../messaging';
import { dismissedResultsItem, settingsItem } from '../storage';
import { openExtensionPage } from './extension-page';
import { injectResultPanel } from './panel-injection';
import { getAccount } from '../background/account';
import { dismissResult, resultPanelSetup, type PanelItems } from './panel-setup';
import {
  describePastedMeeting,
  describeResultMeeting,
  startPastedMeeting,
  startResultMeeting,
} from './result-meeting';
import { forgetRevokedOrigins, syncResultOrigins } from './result-origins';
import { resultOriginsEnv } from './result-origins-env';

/** The stored items the explainer's handlers use, unless a test passes its own. */
export const panelItems: PanelItems = { dismissed: dismissedResultsItem, settings: settingsItem };

/**
 * The explainer's message handlers: panel injection and setup, dismissals, extension pages, and
 * the panel's Start (the meeting checked against the signed-in account in `env` first).
 */
export function explainerHandlers(
  api: typeof browser,
  env: BackgroundEnv,
  items: PanelItems = panelItems,
): ExplainerHandlers {
  return {
    showResultPanel: async (_data, sender) =>
      okReply(await injectResultPanel(api.scripting, sender, api.runtime.id)),
    openExtensionPage: async ({ page }) => okReply(await openExtensionPage(api, page)),
    resultPanelSetup: async (request) => {
      const setup = await resultPanelSetup(items, request);
      const account = await getAccount(env);
      const site = account.signedIn ? account.site : account.lastSite;
      return okReply(site ? { ...setup, site } : setup);
    },
    dismissResult: async ({ fingerprint }) => okReply(await dismissResult(items, fingerprint)),
    describeResultMeeting: (data, sender) => describeResultMeeting(env, data, sender),
    startResultMeeting: (data, sender) => startResultMeeting(env, data, sender),
    describePastedMeeting: (data) => describePastedMeeting(env, data),
    startPastedMeeting: (data) => startPastedMeeting(env, data),
  };
}

/** Keeps the added result origins' scripts in step with their permissions. */
export function watchResultOrigins(api: typeof browser): void {
  const origins = resultOriginsEnv(api);
  api.permissions.onRemoved.addListener((removed) => {
    void forgetRevokedOrigins(origins, removed.origins ?? []).catch((error: unknown) =>
      console.error('Could not stop explaining results on a revoked origin', error),
    );
  });
  const sync = () => {
    void syncResultOrigins(origins).catch((error: unknown) =>
      console.error('Could not restore the added result origins', error),
    );
  };
  api.runtime.onStartup.addListener(sync);
  api.runtime.onInstalled.addListener(sync);
}
