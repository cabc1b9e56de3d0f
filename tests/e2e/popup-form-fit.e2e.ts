import { describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { overflowingText } from './layout';
import { cutSegments, scheduleButtonPlace, viewportScreenshots } from './popup/fit';
import { ALICE, fillSchedule, signedInPopup, usePopup } from './popup/support';

// Issue 13, item 18: Chrome caps a popup at 600 px high. The Schedule button stays in sight
// without scrolling, also with a notice above the form and a long invitee list, from 320 to
// 800 px wide; the start and duration choices wrap rather than being cut off.
usePopup();

const WIDTHS = [320, 380, 800];
const TWENTY = Array.from({ length: 20 }, (_, i) => `person${i + 1}@example.com`).join(', ');

describe('popup: the form fits a 600 px popup', () => {
  it('keeps Schedule in view and every segment whole at 320, 380 and 800 px, also with a notice', async () => {
    const page = await signedInPopup(ALICE);

    async function expectFits(view: string) {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 600 });
        const place = await scheduleButtonPlace(page);
        expect(place, `${view} at ${width} px`).toMatchObject({
          found: true,
          inView: true,
          onTop: true,
        });
        expect(await cutSegments(page), `${view} at ${width} px`).toEqual([]);
        expect(await overflowingText(page), `${view} at ${width} px`).toEqual([]);
        await viewportScreenshots(page, `fit-${view}-${width}`);
      }
    }

    await expectFits('form');
    // The page really is taller than the window here: the button is kept in view, not lucky.
    await page.setViewportSize({ width: 320, height: 600 });
    await fillSchedule(page, { topic: 'Fit check', invitees: TWENTY });
    await page.getByRole('radio', { name: 'Set time' }).check();
    await page.getByRole('radio', { name: 'Other…' }).check();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(600);
    await expectFits('long-form');

    // 040007: the refusal notice sits above the form, pushing it down by a few hundred pixels.
    await fillSchedule(page, { topic: 'Fit check', alternateHost: 'dave@example.com' });
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.locator('[data-error-code="040007"]').waitFor();
    await expectFits('notice');
    await page.setViewportSize({ width: 320, height: 600 });
    await expectAccessible(page, 'form with notice at 320 px');

    // Scrolled to the end, the last field is not hidden behind the sticky footer.
    const lastFieldCovered = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      const footer = document.querySelector('.form-footer');
      const last = footer?.previousElementSibling;
      if (!footer || !last) return 'missing';
      return last.getBoundingClientRect().bottom > footer.getBoundingClientRect().top;
    });
    expect(lastFieldCovered).toBe(false);
  });
});
