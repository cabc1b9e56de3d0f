import { render } from 'preact';
import { browser as extensionApi } from '@wxt-dev/browser';
import { browser } from 'wxt/browser';
import { App } from '../../components/popup/App';
import { PopupEnvContext, type PopupEnv } from '../../components/popup/popup-env';
import { followPageLanguage, t } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging';
import { invitationTemplateItem, seenScheduleJobItem, settingsItem } from '../../lib/storage';
import { applyTheme, watchThemeSetting } from '../../lib/theme';

const root = document.documentElement;
// Read once: the theme is applied before the first paint (a chosen dark theme never flashes
// light) and the same settings feed the schedule form.
const settings = settingsItem.getValue();
watchThemeSetting(root);

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
  loadSettings: () => settings,
  loadInvitationTemplate: () => invitationTemplateItem.getValue(),
  seenJob: {
    get: () => seenScheduleJobItem.getValue(),
    set: (requestId) => seenScheduleJobItem.setValue(requestId),
  },
};

const renderPopup = () =>
  render(
    <PopupEnvContext.Provider value={env}>
      <App />
    </PopupEnvContext.Provider>,
    document.getElementById('app')!,
  );
followPageLanguage(
  document,
  {
    i18n: extensionApi.i18n,
    getURL: (path) => extensionApi.runtime.getURL(path),
    fetch: (url) => fetch(url),
  },
  () => t('app.name'),
  renderPopup,
);
void settings.then((value) => applyTheme(root, value.theme)).finally(renderPopup);
