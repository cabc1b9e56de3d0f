import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { browserBackgroundEnv } from '../lib/background/browser-env';
import { createMessageHandlers } from '../lib/background/handlers';
import { browserGuardEnv } from '../lib/background/message-guard';
import { registerMessageHandlers } from '../lib/background/message-handlers';
import { keepPopupPageInStep } from '../lib/background/popup-page';
import { explainerHandlers, watchResultOrigins } from '../lib/explainer/background';
import { uiLanguage } from '../lib/i18n';
import { onMessage } from '../lib/messaging';
import { keepSessionStorageTrusted } from '../lib/secrets/session-access-level';
import { withReminderUpdates } from '../lib/reminders/handler-hooks';
import { watchReminders } from '../lib/reminders/browser';

export default defineBackground(() => {
  void keepSessionStorageTrusted(browser.storage.session);
  const env = browserBackgroundEnv(browser);
  const reminders = watchReminders(browser, env);
  const handlers = createMessageHandlers(env, explainerHandlers(browser, env));
  registerMessageHandlers(
    onMessage,
    withReminderUpdates(handlers, reminders, env),
    browserGuardEnv(browser),
  );
  watchResultOrigins(browser);
  keepPopupPageInStep(browser.action, uiLanguage());
});
