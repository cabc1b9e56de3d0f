import type { browser } from 'wxt/browser';

type Api = {
  runtime: Pick<typeof browser.runtime, 'openOptionsPage'>;
  action?: Partial<Pick<typeof browser.action, 'openPopup'>>;
};

/**
 * Opens the popup where the browser allows an extension to (Chrome 127+, Firefox with a user
 * action), else the options page, which has the same sign-in and settings.
 */
export async function openExtensionPage(
  api: Api,
  page: 'popup' | 'options',
): Promise<{ opened: 'popup' | 'options' }> {
  if (page === 'popup' && typeof api.action?.openPopup === 'function') {
    try {
      await api.action.openPopup();
      return { opened: 'popup' };
    } catch {
      // No focused window, or the browser refuses without a user action: fall through.
    }
  }
  await api.runtime.openOptionsPage();
  return { opened: 'options' };
}
