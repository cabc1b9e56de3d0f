import type { browser } from 'wxt/browser';
import { onMessage } from '../messaging';
import { dismissedResultsItem, settingsItem } from '../storage';
import { openExtensionPage } from './extension-page';
import { injectResultPanel } from './panel-injection';
import { dismissResult, resultPanelSetup, type PanelItems } from './panel-setup';
import { forgetRevokedOrigins, syncResultOrigins } from './result-origins';
import { resultOriginsEnv } from './result-origins-env';

/** The explainer's part of the background: panel injection, extension pages, added origins. */
export function registerExplainer(api: typeof browser): void {
  const origins = resultOriginsEnv(api);
  const panelItems: PanelItems = { dismissed: dismissedResultsItem, settings: settingsItem };

  onMessage('showResultPanel', ({ sender }) =>
    injectResultPanel(api.scripting, sender, api.runtime.id),
  );
  onMessage('openExtensionPage', ({ data }) => openExtensionPage(api, data.page));
  onMessage('resultPanelSetup', ({ data }) => resultPanelSetup(panelItems, data));
  onMessage('dismissResult', ({ data }) => dismissResult(panelItems, data.fingerprint));

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
