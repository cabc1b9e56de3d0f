import { parseUrl } from '../url';
import { UrlCommand } from '../webex/url/commands';
import { RsCode } from '../webex/url/rs-codes';
import { parseBackUrlResult, type BackUrlResult } from '../webex/url/back-url';
import type { TabRemovedListener, TabsApi, TabUpdatedListener } from './environment';

export interface StartTabWatch {
  tabId: number;
  /** Only results on the site's own pages count. */
  siteOrigin: string;
  /** The log-out-and-retry link with a fresh one-time ticket; rejects to give up. */
  retryUrl: () => Promise<string>;
}

export function isAlreadyLogon(result: BackUrlResult): boolean {
  return (
    result.at === UrlCommand.LogIn &&
    result.st === 'FAIL' &&
    result.rs?.toLowerCase() === RsCode.AlreadyLogon.toLowerCase()
  );
}

function onSite(url: string, origin: string): boolean {
  return parseUrl(url)?.origin === origin;
}

/**
 * Watches the tab that starts a meeting until its first WebEx result. AlreadyLogon means the
 * browser's own WebEx session blocked the ticket sign-in: log out and retry, once. Any other
 * result is the explainer's to show.
 */
export function watchForAlreadyLogon(tabs: TabsApi, watch: StartTabWatch): () => void {
  const stop = () => {
    tabs.onUpdated.removeListener(onUpdated);
    tabs.onRemoved.removeListener(onRemoved);
  };
  const onUpdated: TabUpdatedListener = (tabId, changeInfo) => {
    const url = changeInfo.url;
    if (tabId !== watch.tabId || url === undefined || !onSite(url, watch.siteOrigin)) return;
    const result = parseBackUrlResult(url);
    if (!result) return;
    stop();
    if (!isAlreadyLogon(result)) return;
    void watch
      .retryUrl()
      .then((next) => tabs.update(watch.tabId, { url: next }))
      .catch(() => {
        // The explainer in the tab already tells the host what AlreadyLogon means and what to do.
      });
  };
  const onRemoved: TabRemovedListener = (tabId) => {
    if (tabId === watch.tabId) stop();
  };
  tabs.onUpdated.addListener(onUpdated);
  tabs.onRemoved.addListener(onRemoved);
  return stop;
}
