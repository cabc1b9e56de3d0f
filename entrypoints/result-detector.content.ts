import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { showResultPanelMessage } from '../lib/explainer/lean-message';
import { looksLikeWebExResult } from '../lib/webex/url/looks-like-result';

/**
 * Runs on every WebEx page (and on origins the host added, registered at run time), so it
 * decides from the address alone and loads nothing unless a result is there. `browser` here
 * is the browser's own global, not the polyfill: see modules/lean-result-detector.ts.
 */
export default defineContentScript({
  matches: ['https://*.webex.com/*'],
  runAt: 'document_idle',
  // WXT would otherwise announce every start with window.postMessage, visible to the page.
  noScriptStartedPostMessage: true,
  main() {
    if (!looksLikeWebExResult(location.search + location.hash)) return;
    // The panel bundle is injected by the background into this frame only on a match.
    browser.runtime.sendMessage(showResultPanelMessage(Date.now())).catch(() => {
      // Extension reloaded or updated under the page: nothing to explain with.
    });
  },
});
