import type { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showResultPanelMessage } from '../lib/explainer/lean-message';
import { looksLikeWebExResult } from '../lib/webex/url/looks-like-result';

type ExtensionApi = typeof browser;

/**
 * The result explainer's detector. The manifest runs it on every WebEx page (content_scripts
 * in wxt.config.ts) and the background registers it on origins the host adds.
 *
 * A plain script rather than a WXT content script (`*.content.ts`): WXT's wrapper builds a
 * ContentScriptContext on every page, which reads `chrome.runtime` (instantiating the extension
 * bindings, about 1 ms) and dispatches an event the page can see. Here a page without a result
 * costs two string scans; the extension API is touched only when a result is there, through
 * the browser's own global (not the polyfill, which would add 10 kB to every WebEx page).
 */
export default defineUnlistedScript(() => {
  if (!looksLikeWebExResult(location.search + location.hash)) return;
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  const api = scope.browser?.runtime?.id ? scope.browser : scope.chrome;
  // The background injects the panel bundle into this frame.
  api.runtime.sendMessage(showResultPanelMessage(Date.now())).catch(() => {
    // Extension reloaded or updated under the page: nothing to explain with.
  });
});
