import { render } from 'preact';
import { browser as extensionApi } from '@wxt-dev/browser';
import { App } from '../../components/popup/App';
import { PopupEnvContext, type PopupEnv } from '../../components/popup/popup-env';
import { applyTheme } from '../../lib/apply-theme';
import { followPageLanguage, t } from '../../lib/i18n';
import { lazySendMessage } from '../../lib/lazy-send';
import { readPopupFirstState, type PopupFirstState } from '../../lib/popup-first-state';
import { popupShell } from '../../lib/popup-shell';
import { popupStores } from '../../lib/popup-stores';

// The first paint needs only Preact, the form and two storage reads; the rest loads after it.
const root = document.documentElement;
const firstState = readPopupFirstState({
  session: extensionApi.storage.session,
  local: extensionApi.storage.local,
  now: Date.now,
});

const env: PopupEnv = {
  send: lazySendMessage,
  now: () => Date.now(),
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  getRandomValues: (array) => crypto.getRandomValues(array),
  copyText: (text) => navigator.clipboard.writeText(text),
  openTab: (url) => extensionApi.tabs.create({ url }).then(() => undefined),
  openOptions: () => void extensionApi.runtime.openOptionsPage(),
  permissions: extensionApi.permissions,
  shell: popupShell(document),
  ...popupStores(() => import('../../lib/storage')),
};

let shown: PopupFirstState | undefined;
const renderPopup = () =>
  shown &&
  render(
    <PopupEnvContext.Provider value={env}>
      <App first={shown} />
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
void firstState.then((state) => {
  applyTheme(root, state.settings.theme); // before the first paint: a dark theme never flashes light
  shown = state;
  renderPopup();
  void import('../../lib/theme').then(({ watchThemeSetting }) => watchThemeSetting(root));
  void import('../../lib/messaging'); // now, not at the first send: a click's message is never lost
});
