import type { ExtensionHarness } from '../harness';

/** What code running as the extension's content script in a webex.com page saw. */
export interface ContentScriptView {
  /** The page's origin: a content script shares it (and its IndexedDB), not the extension's. */
  origin: string;
  /** All of `storage.local`, as a content script reads it. */
  local: Record<string, unknown>;
  /** `readable`, `refused` (TRUSTED_CONTEXTS) or `absent` (not exposed to content scripts). */
  session: 'readable' | 'refused' | 'absent';
  /** The IndexedDB databases reachable from there. */
  databases: string[];
}

/**
 * Runs in the isolated world of the open tab at `tabPattern` (e.g. `https://acme.webex.com/*`),
 * exactly where the result detector runs: first writes `writes` into `storage.local` (an
 * attacker's overwrite), then reads what a content script can reach. Injected through
 * `chrome.scripting.executeScript` from the service worker, as a compromised or hostile
 * content script would run.
 */
export async function asContentScript(
  harness: ExtensionHarness,
  tabPattern: string,
  writes: Record<string, unknown> | null = null,
): Promise<ContentScriptView> {
  return harness.serviceWorker.evaluate(
    async ({ tabPattern, writes }) => {
      interface Area {
        get(keys: null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      }
      interface Chrome {
        tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
        scripting: {
          executeScript(options: {
            target: { tabId: number };
            world: 'ISOLATED';
            args: unknown[];
            func: (toWrite: Record<string, unknown> | null) => Promise<unknown>;
          }): Promise<{ result?: unknown }[]>;
        };
        storage: { local: Area; session?: Area };
      }
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await chrome.tabs.query({ url: tabPattern });
      if (tab?.id === undefined) throw new Error(`no tab at ${tabPattern}`);
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: tab.id },
        world: 'ISOLATED',
        args: [writes],
        func: async (toWrite) => {
          const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
          if (toWrite) await storage.local.set(toWrite);
          const session = storage.session
            ? await storage.session.get(null).then(
                () => 'readable',
                () => 'refused',
              )
            : 'absent';
          const databases = (await indexedDB.databases()).map((d) => d.name ?? '');
          return {
            origin: location.origin,
            local: await storage.local.get(null),
            session,
            databases,
          };
        },
      });
      return injection?.result as ContentScriptView;
    },
    { tabPattern, writes },
  );
}
