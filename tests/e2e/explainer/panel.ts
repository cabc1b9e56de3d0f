import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { explainResult, type ResultToExplain } from '../../../lib/webex/rs-catalogue';
import { inPanel, waitForPanel } from './closed-panel';
import { ctx, PANEL, PANEL_SCRIPT } from './support';

/** Reading the result panel in a page, and the page around it, for the explainer tests. */

// Inside page.evaluate / serviceWorker.evaluate callbacks, which run in the browser.
declare const chrome: typeof extensionApi;

/** Every element the panel renders; anything else in its shadow root would come from input. */
export const PANEL_TAGS = new Set([
  'style',
  'div',
  'section',
  'p',
  'h2',
  'strong',
  'dl',
  'dt',
  'dd',
  'button',
]);

export interface PanelView {
  headline: string;
  meaning: string;
  whenSeen: string | null;
  whatToDo: string;
  /** The line above the facts: "The address says:". */
  factsSource: string | null;
  facts: string[];
  buttons: string[];
}

/** What the panel says, read through its closed shadow root (./closed-panel.ts). */
export async function readPanel(page: Page): Promise<PanelView> {
  await waitForPanel(page);
  const view = await inPanel(page, (root) => {
    const text = (selector: string) => root.querySelector(selector)?.textContent ?? null;
    const all = (selector: string) =>
      [...root.querySelectorAll(selector)].map((element) => element.textContent ?? '');
    return {
      headline: text('.headline') ?? '',
      meaning: text('.meaning') ?? '',
      whenSeen: text('.when-seen'),
      whatToDo: text('.what-to-do') ?? '',
      factsSource: text('.facts-source'),
      facts: all('.explained-fact'),
      buttons: all('button'),
    };
  });
  if (!view) throw new Error('The panel went away');
  return view;
}

export function expectExplanation(view: PanelView, result: ResultToExplain) {
  const expected = explainResult(result);
  expect(view.headline).toBe(expected.headline);
  expect(view.meaning).toBe(expected.meaning);
  expect(view.whatToDo).toBe(`What to do: ${expected.action}`);
  expect(view.whenSeen).toBe(expected.whenSeen ? `When this happens: ${expected.whenSeen}` : null);
  return expected;
}

/** The tab id of a page, from the background's point of view. */
export async function tabIdOf(page: Page): Promise<number> {
  const url = page.url();
  const id = await ctx.extension.serviceWorker.evaluate(async (target) => {
    const [tab] = await chrome.tabs.query({ url: target.split('#')[0] });
    return tab?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab for ${url}`);
  return id;
}

/**
 * Runs the panel bundle in the page as the background does and waits for its answer (the
 * browser waits for the bundle's promise): a deterministic point after which a panel that
 * decided to stay hidden will not appear.
 */
export async function injectPanelAndWait(page: Page): Promise<unknown> {
  const tabId = await tabIdOf(page);
  return ctx.extension.serviceWorker.evaluate(
    async ({ tabId, file }) => {
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId },
        files: [file],
      });
      return injection?.result;
    },
    { tabId, file: PANEL_SCRIPT },
  );
}

/** The page as served (parsed by the page itself) against the page as it is now, outside the panel. */
export async function pageAgainstSource(page: Page) {
  return page.evaluate(async (panelTag) => {
    const source = await (await fetch(location.href)).text();
    const served = new DOMParser().parseFromString(source, 'text/html');
    const tags = (root: ParentNode) =>
      [...root.querySelectorAll('*')]
        .map((element) => element.localName)
        .filter((tag) => tag !== panelTag);
    return {
      live: tags(document),
      served: tags(served),
      liveText: document.body.innerText.trim(),
      servedQuery: served.querySelector('#query')?.textContent ?? null,
      liveQuery: document.querySelector('#query')?.textContent ?? null,
      pwned: 'pwned' in window || '__pwned' in window,
      panels: document.querySelectorAll(panelTag).length,
      documentStyles: document.querySelectorAll('style[wxt-shadow-root-document-styles]').length,
      extensionResources: performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.startsWith('chrome-extension:')),
    };
  }, PANEL);
}

export async function shadowTags(page: Page): Promise<string[]> {
  return (
    (await inPanel(page, (root) => [...root.querySelectorAll('*')].map((e) => e.localName))) ?? []
  );
}
