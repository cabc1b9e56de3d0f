import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { browserBackgroundEnv } from '../lib/background/browser-env';
import { createMessageHandlers } from '../lib/background/handlers';
import { browserGuardEnv } from '../lib/background/message-guard';
import { registerMessageHandlers } from '../lib/background/message-handlers';
import { explainerHandlers, watchResultOrigins } from '../lib/explainer/background';
import { onMessage } from '../lib/messaging';

export default defineBackground(() => {
  const handlers = createMessageHandlers(browserBackgroundEnv(browser), explainerHandlers(browser));
  registerMessageHandlers(onMessage, handlers, browserGuardEnv(browser));
  watchResultOrigins(browser);
});
