import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/popup/App';
import { PopupEnvContext, type PopupEnv } from '../../components/popup/popup-env';
import { sendMessage } from '../../lib/messaging';
import { seenScheduleJobItem, settingsItem } from '../../lib/storage';
import { followThemeSetting } from '../../lib/theme';

followThemeSetting(document.documentElement);

const env: PopupEnv = {
  send: sendMessage,
  now: () => Date.now(),
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  getRandomValues: (array) => crypto.getRandomValues(array),
  copyText: (text) => navigator.clipboard.writeText(text),
  openTab: async (url) => {
    await browser.tabs.create({ url });
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
  permissions: browser.permissions,
  loadSettings: () => settingsItem.getValue(),
  seenJob: {
    get: () => seenScheduleJobItem.getValue(),
    set: (requestId) => seenScheduleJobItem.setValue(requestId),
  },
};

render(
  <PopupEnvContext.Provider value={env}>
    <App />
  </PopupEnvContext.Provider>,
  document.getElementById('app')!,
);
