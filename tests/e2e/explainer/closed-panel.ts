import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Reading the result panel, whose shadow root is closed. Page scripts get `null` from
 * `host.shadowRoot`, and Playwright's locators pierce open roots only, so the tests read the
 * panel the way DevTools does: `DOM.getDocument({ pierce: true })` lists closed roots too, and
 * `DOM.resolveNode` hands the root to a function that runs in an isolated world of the test's
 * own (`Page.createIsolatedWorld`), which the page's scripts never see. Nothing in the product
 * is opened for the tests. Clicks and keys are real input (`page.mouse`, `page.keyboard`): the
 * panel sees trusted events, as from the host.
 */

/** The panel's host element, in the page's light DOM. */
export const PANEL = 'webex-result-panel';
const WORLD = 'whh-e2e-panel-reader';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

interface DomNode {
  localName?: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

function findHost(node: DomNode): DomNode | undefined {
  if (node.localName === PANEL) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child);
    if (found) return found;
  }
  return undefined;
}

/** A fresh test-only world in the page's main frame (navigation drops the previous one). */
async function testWorld(cdp: CDPSession): Promise<number> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: WORLD,
  });
  return executionContextId;
}

/** The panel's host and its (closed) shadow root, as objects in a test-only world. */
async function resolvePanel(cdp: CDPSession) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const host = findHost(root as DomNode);
  const shadow = host?.shadowRoots?.[0];
  if (!host || !shadow) return undefined;
  const contextId = await testWorld(cdp);
  const resolve = async (backendNodeId: number) =>
    (await cdp.send('DOM.resolveNode', { backendNodeId, executionContextId: contextId })).object
      .objectId!;
  return {
    contextId,
    mode: shadow.shadowRootType,
    hostId: await resolve(host.backendNodeId),
    rootId: await resolve(shadow.backendNodeId),
  };
}

/**
 * Runs `fn(root, arg)` on the panel's shadow root in the test's own world and returns its
 * (serialisable) result; undefined when there is no panel. The page's scripts never get `root`.
 */
export async function inPanel<A, R>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => R | Promise<R>,
  arg?: A,
): Promise<Awaited<R> | undefined> {
  const cdp = await cdpOf(page);
  const panel = await resolvePanel(cdp);
  if (!panel) return undefined;
  const answer = await cdp.send('Runtime.callFunctionOn', {
    functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
    objectId: panel.rootId,
    arguments: [{ value: arg }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (answer.exceptionDetails) {
    throw new Error(`In the panel: ${answer.exceptionDetails.exception?.description ?? ''}`);
  }
  return answer.result.value as Awaited<R>;
}

/** The shadow root's mode as DevTools reports it ('closed' for the product). */
export async function panelRootMode(page: Page): Promise<string | undefined> {
  return (await resolvePanel(await cdpOf(page)))?.mode;
}

/** The text of the first element matching `selector` in the panel, or null. */
export async function panelText(page: Page, selector: string): Promise<string | null> {
  const text = await inPanel(
    page,
    (root, s) => root.querySelector(s)?.textContent ?? null,
    selector,
  );
  return text ?? null;
}

/** Every match's text, in order. */
export async function panelTexts(page: Page, selector: string): Promise<string[]> {
  return (
    (await inPanel(
      page,
      (root, s) => [...root.querySelectorAll(s)].map((element) => element.textContent ?? ''),
      selector,
    )) ?? []
  );
}

/** Waits until the panel shows its headline. */
export async function waitForPanel(page: Page): Promise<void> {
  await expect.poll(() => panelText(page, '.headline'), { timeout: 15_000 }).toBeTruthy();
}

/** Waits until the panel has buttons and the meeting check (if any) has an answer. */
export async function settledButtons(page: Page): Promise<string[]> {
  await expect
    .poll(() => panelText(page, '.meeting-offer.checking'), { timeout: 15_000 })
    .toBeNull();
  return panelTexts(page, 'button');
}

/**
 * Clicks the panel's button named `name` (its whole text) with the mouse, where it is on
 * screen: a real click, which lands on whatever is on top there.
 */
export async function clickPanelButton(page: Page, name: string): Promise<void> {
  const box = await inPanel(
    page,
    (root, label) => {
      const button = [...root.querySelectorAll('button')].find((b) => b.textContent === label);
      if (!button) return null;
      button.scrollIntoView({ block: 'center' });
      const rect = button.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    },
    name,
  );
  if (!box) throw new Error(`No panel button "${name}"`);
  await page.mouse.click(box.x, box.y);
}

/** The panel's status line once it says something. */
export async function panelStatus(page: Page): Promise<string> {
  await expect.poll(() => panelText(page, '.status'), { timeout: 15_000 }).toBeTruthy();
  return (await panelText(page, '.status')) ?? '';
}

/**
 * axe-core over the panel, run in the test's world: there the host's `shadowRoot` is made to
 * answer with the closed root (on that world's own wrapper only, invisible to the page).
 */
export async function runAxeOnPanel(page: Page): Promise<unknown[]> {
  const cdp = await cdpOf(page);
  const panel = await resolvePanel(cdp);
  if (!panel) throw new Error('No panel');
  const source = await readFile(AXE, 'utf8');
  await cdp.send('Runtime.evaluate', { expression: source, contextId: panel.contextId });
  const answer = await cdp.send('Runtime.callFunctionOn', {
    functionDeclaration: `async function (root) {
      Object.defineProperty(this, 'shadowRoot', { value: root });
      const result = await axe.run({ include: [[${JSON.stringify(PANEL)}]] });
      // Proof that axe saw inside the closed root: it checked the panel's buttons.
      const buttons = result.passes.find((rule) => rule.id === 'button-name');
      if (!buttons || buttons.nodes.length === 0) throw new Error('axe did not see the panel');
      return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.html) }));
    }`,
    objectId: panel.hostId,
    arguments: [{ objectId: panel.rootId }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (answer.exceptionDetails) {
    throw new Error(`axe: ${answer.exceptionDetails.exception?.description ?? ''}`);
  }
  return answer.result.value as unknown[];
}
