import type { Page } from 'puppeteer-core';
import { bidiOf } from './harness';

/**
 * Reading the result panel's closed shadow root in Firefox. Page scripts get `null` from
 * `host.shadowRoot`; WebDriver BiDi serialises closed roots too (`includeShadowTree: 'all'`),
 * and hands one, by its shared id, to a function run in a sandbox of the test's own that the
 * page's scripts never see. Nothing in the product is opened for the tests.
 */

const SANDBOX = 'whh-e2e-panel-reader';

interface Serialized {
  type: string;
  value?: unknown;
  sharedId?: string;
}

/** The closed root's shared id and mode, or undefined while there is no panel. */
async function panelRoot(page: Page): Promise<{ sharedId: string; mode: string } | undefined> {
  const { send, context } = bidiOf(page);
  const { result } = (await send('script.evaluate', {
    expression: 'document.querySelector("webex-result-panel")',
    target: { context, sandbox: SANDBOX },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  })) as { result: { result: Serialized } };
  const host = result.result;
  if (host.type !== 'node') return undefined;
  const shadow = (host.value as { shadowRoot?: Serialized & { value?: { mode?: string } } })
    .shadowRoot;
  if (!shadow?.sharedId) return undefined;
  return { sharedId: shadow.sharedId, mode: shadow.value?.mode ?? '' };
}

/** Runs `fn(root, arg)` on the closed root in the test's sandbox; undefined without a panel. */
export async function inPanel<A, R>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => R,
  arg?: A,
): Promise<R | undefined> {
  const root = await panelRoot(page);
  if (!root) return undefined;
  const { send, context } = bidiOf(page);
  const { result } = (await send('script.callFunction', {
    functionDeclaration: `function (root, arg) { return JSON.stringify((${fn.toString()})(root, JSON.parse(arg))); }`,
    target: { context, sandbox: SANDBOX },
    arguments: [
      { sharedId: root.sharedId },
      { type: 'string', value: JSON.stringify(arg ?? null) },
    ],
    awaitPromise: false,
  })) as { result: { type: string; result?: Serialized; exceptionDetails?: { text: string } } };
  if (result.type === 'exception')
    throw new Error(`In the panel: ${result.exceptionDetails?.text}`);
  const json = result.result?.value as string | undefined;
  return json === undefined ? undefined : (JSON.parse(json) as R);
}

/** The closed root's mode as BiDi reports it ('closed' for the product). */
export async function panelRootMode(page: Page): Promise<string | undefined> {
  return (await panelRoot(page))?.mode;
}

/** The text of the first element matching `selector` in the panel, or null. */
export async function panelText(page: Page, selector: string): Promise<string | null> {
  return (
    (await inPanel(
      page,
      (root, s: string) => root.querySelector(s)?.textContent ?? null,
      selector,
    )) ?? null
  );
}

/** Every button's text in the panel, in order. */
export async function panelButtons(page: Page): Promise<string[]> {
  return (
    (await inPanel(page, (root) =>
      [...root.querySelectorAll('button')].map((b) => b.textContent),
    )) ?? []
  ).map((text) => text ?? '');
}

/** Clicks the panel's button named `name` with the mouse, where it is on screen. */
export async function clickPanelButton(page: Page, name: string): Promise<void> {
  const box = await inPanel(
    page,
    (root, label: string) => {
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
