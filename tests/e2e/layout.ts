import type { Page } from 'playwright-core';
import { inPanel } from './explainer/closed-panel';

/**
 * Text that does not fit, in the document or under a shadow root: an element whose text
 * reaches past the viewport's right edge, or whose own box cuts its content off (scroll width
 * beyond its width while it hides the overflow). Each as `tag.class "text…"`, for a failing
 * assertion that says what to look at. Empty when every word is on screen.
 */
function overflowingIn(panelRoot: ParentNode | null): string[] {
  {
    // Run in the browser (page.evaluate, or the panel reader's world): self-contained.
    const root = panelRoot ?? document.body;
    const width = document.documentElement.clientWidth;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${(
        element.textContent ?? ''
      )
        .trim()
        .slice(0, 40)}"`;
    const problems: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const ownText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
      );
      if (ownText && (box.right > width + 1 || box.left < -1)) {
        problems.push(`${describe(element)} reaches past the window`);
      }
      const style = getComputedStyle(element);
      const hides = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      const inputs = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
      if (hides && !scrolls && !inputs && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${describe(element)} is cut off`);
      }
    }
    if (!panelRoot && document.documentElement.scrollWidth > width + 1) {
      problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth}px)`);
    }
    return problems;
  }
}

/** What overflows or is clipped in an extension page (popup, options). */
export function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate(overflowingIn, null);
}

/** What overflows or is clipped in the in-page result panel (read through its closed root). */
export async function panelOverflowingText(page: Page): Promise<string[]> {
  const problems = await inPanel(page, overflowingIn);
  return problems ?? ['no webex-result-panel'];
}
