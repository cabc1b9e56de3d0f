import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { browserBackgroundEnv } from '../lib/background/browser-env';
import { createMessageHandlers } from '../lib/background/handlers';
import { browserGuardEnv } from '../lib/background/message-guard';
import { registerMessageHandlers } from '../lib/background/message-handlers';
import { explainerHandlers, watchResultOrigins } from '../lib/explainer/background';
import { onMessage } from '../lib/messaging';
import { keepSessionStorageTrusted } from '../lib/secrets/session-access-level';

export default defineBackground(() => {
  void keepSessionStorageTrusted(browser.storage.session);
  const env = browserBackgroundEnv(browser);
  const handlers = createMessageHandlers(env, explainerHandlers(browser, env));
  registerMessageHandlers(onMessage, handlers, browserGuardEnv(browser));
  watchResultOrigins(browser);
});
