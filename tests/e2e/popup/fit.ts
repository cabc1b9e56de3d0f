import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { ARTIFACTS_DIR } from '../harness';

/**
 * Where the Schedule button is with the page scrolled to the top: inside the viewport, and the
 * element at its centre is the button itself (not covered by anything).
 */
export function scheduleButtonPlace(page: Page) {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const button = [...document.querySelectorAll('button[type="submit"]')].find((element) =>
      element.closest('.schedule-form'),
    );
    if (!button) return { found: false, inView: false, onTop: false, bottom: -1 };
    const box = button.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      found: true,
      inView:
        box.top >= 0 &&
        box.left >= 0 &&
        box.bottom <= window.innerHeight &&
        box.right <= document.documentElement.clientWidth,
      onTop: hit !== null && button.contains(hit),
      bottom: Math.round(box.bottom),
    };
  });
}

/**
 * Segment controls whose segments do not fit: a segment outside its row's box, or a label cut
 * off inside its segment. Each as `legend: segment`, empty when every segment shows whole.
 */
export function cutSegments(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const row of document.querySelectorAll('.segments')) {
      const outer = row.getBoundingClientRect();
      const legend = row.closest('fieldset')?.querySelector('legend')?.textContent ?? '?';
      for (const segment of row.querySelectorAll('.segment')) {
        const box = segment.getBoundingClientRect();
        const label = segment.querySelector('span')!;
        const outside = box.left < outer.left - 0.5 || box.right > outer.right + 0.5;
        const cut = label.scrollWidth > label.clientWidth + 1;
        if (outside || cut) problems.push(`${legend}: ${segment.textContent}`);
      }
    }
    return problems;
  });
}

/**
 * What the host sees in the 600 px window (not the full page), in light and in dark: scrolled
 * to the top, or to the element `at` (a selector) when given.
 */
export async function viewportScreenshots(page: Page, name: string, at?: string) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate((selector) => {
      if (selector) document.querySelector(selector)?.scrollIntoView({ block: 'start' });
      else window.scrollTo(0, 0);
    }, at);
    await page.screenshot({ path: join(ARTIFACTS_DIR, `popup-${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
