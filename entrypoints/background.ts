import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storedItems } from '../lib/background/environment';
import { isPageOpen, type PresenceApis } from '../lib/background/popup-presence';
import { createBackgroundServices } from '../lib/background/services';
import { registerExplainer } from '../lib/explainer/background';
import { onMessage } from '../lib/messaging';
import { createXmlBackend } from '../lib/webex/xml/client';

export default defineBackground(() => {
  // --- account, scheduling, meetings ----------------------------------------------------------
  // getContexts is missing from older browsers' typings; getURL's generated typing does not reach here.
  const runtime = browser.runtime as unknown as Required<Pick<PresenceApis, 'getURL'>> &
    Pick<PresenceApis, 'getContexts'>;
  const presence: PresenceApis = {
    getURL: (path) => runtime.getURL(path),
    getContexts: runtime.getContexts?.bind(runtime),
    getViews: browser.extension?.getViews?.bind(browser.extension),
  };
  const services = createBackgroundServices({
    backend: createXmlBackend({ fetch: globalThis.fetch.bind(globalThis) }),
    items: storedItems,
    now: () => Date.now(),
    permissions: browser.permissions,
    tabs: browser.tabs,
    notifications: browser.notifications,
    isPopupOpen: () => isPageOpen(presence, '/popup.html'),
    iconUrl: runtime.getURL('/icon/128.png'),
  });
  onMessage('getAccount', () => services.getAccount());
  onMessage('signIn', ({ data }) => services.signIn(data));
  onMessage('reauthenticate', ({ data }) => services.reauthenticate(data));
  onMessage('signOut', () => services.signOut());
  onMessage('setKeepSignedIn', ({ data }) => services.setKeepSignedIn(data));
  onMessage('scheduleMeeting', ({ data }) => services.scheduleMeeting(data));
  onMessage('getLastScheduleJob', () => services.getLastScheduleJob());
  onMessage('listMeetings', () => services.listMeetings());
  onMessage('startMeeting', ({ data }) => services.startMeeting(data));
  onMessage('joinLinks', ({ data }) => services.joinLinks(data));
  onMessage('deleteMeeting', ({ data }) => services.deleteMeeting(data));
  registerExplainer(browser);
});
