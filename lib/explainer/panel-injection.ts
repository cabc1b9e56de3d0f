import type { browser } from 'wxt/browser';
import { parseUrl } from '../url';
import { looksLikeWebExResult } from '../webex/url/looks-like-result';

export const PANEL_SCRIPT = '/content-scripts/result-panel.js';

interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Injects the panel bundle into the frame whose detector saw a result. Checks again that the
 * request comes from this extension and from a page with a result, so nothing else can make
 * the panel appear.
 */
export async function injectResultPanel(
  scripting: Pick<typeof browser.scripting, 'executeScript'>,
  sender: Sender,
  extensionId: string,
): Promise<{ shown: boolean }> {
  const tabId = sender.tab?.id;
  if (sender.id !== extensionId || tabId === undefined || !sender.url) return { shown: false };
  const url = parseUrl(sender.url);
  if (!url) return { shown: false };
  // The same test as the detector: the query, or a fragment route (#/page?AT=..&ST=..).
  if (!looksLikeWebExResult(url.search + url.hash)) return { shown: false };
  // The bundle's value is its main()'s promise: the browser waits for it, so this says whether
  // the panel is on screen (false: dismissed before, or no result after all).
  const [injection] = await scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [PANEL_SCRIPT],
  });
  return { shown: injection?.result === true };
}
