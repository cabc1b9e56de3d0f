import { defineExtensionMessaging } from '@webext-core/messaging';

/**
 * The one message protocol between the popup, options page, content scripts and the
 * background service worker. Only the background talks to WebEx; the others ask it.
 * Every reply is plain data (errors travel as WebExErrorInfo inside a result union).
 *
 * Sections: account & scheduling (popup/options), explainer (content script, decode view).
 */
export interface ProtocolMap {
  // --- account & scheduling -------------------------------------------------------------
  ping(): 'pong';
  // --- explainer ---------------------------------------------------------------------------
}

export const { sendMessage, onMessage, removeAllListeners } =
  defineExtensionMessaging<ProtocolMap>();
