import type { Page } from 'playwright-core';
import type { Settings } from '../../lib/storage';
import { describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNTS } from '../sandbox/accounts';
import { expectAccessible } from './accessibility';
import { readAllStorage } from './flows';
import { saveScreenshot } from './harness';
import {
  BOB,
  createMeetingRequests,
  screenshots,
  signedInPopup,
  usePopup,
  xmlText,
} from './popup/support';

// Issue 13, items 3, 10 and 11: any length up to the meeting type's limit, meeting types by
// their site names, and WebEx's own sentence when it refuses with a code the catalogue lacks.
const ctx = usePopup();
const DANA = SANDBOX_ACCOUNTS.dana;

const durationSegments = (page: Page) =>
  page
    .locator('input[name="duration"]')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
const pickerHeight = (page: Page) =>
  page.locator('.duration-picker').evaluate((element) => element.getBoundingClientRect().height);

describe('popup: meeting lengths and meeting types', () => {
  it("schedules a 2-hour meeting on a type that allows 24 h; the type field shows the site's names", async () => {
    const page = await signedInPopup(BOB);
    // The default form keeps one row of quick picks: no taller than before "Other…" existed.
    const closedHeight = await pickerHeight(page);
    expect(closedHeight).toBeLessThan(70);

    const types = page.getByLabel('Meeting type');
    expect(await types.locator('option').allTextContents()).toEqual([
      'Meeting Center Pro (your default)',
      'Pro 1000 (large meetings)',
    ]);
    expect(await durationSegments(page)).toEqual(['15', '30', '45', '60', '90', 'other']);

    await page.getByRole('radio', { name: 'Other…' }).check();
    await page.getByLabel('hours').fill('2');
    await page.getByLabel('minutes', { exact: true }).fill('0');
    expect(await page.locator('#duration-note').textContent()).toBe(
      'Meeting Center Pro: up to 24 h on this site.',
    );
    expect(await page.getByLabel('hours').getAttribute('max')).toBe('24');
    await screenshots(page, 'schedule-duration-other');
    await expectAccessible(page, 'schedule, duration Other');
    // "Other…" adds one row of two fields and one line of hint.
    expect((await pickerHeight(page)) - closedHeight).toBeLessThan(70);

    await page.getByLabel('Topic').fill('Two-hour workshop');
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.locator('.scheduled-card').waitFor();
    const [request] = createMeetingRequests();
    expect(request?.xsdValid).toBe(true);
    expect(xmlText(request!.body, 'duration')).toBe('120');
    expect(xmlText(request!.body, 'meetingType')).toBe('74377');
    expect(ctx.sandbox.state('acme').meetings[0]?.durationMinutes).toBe(120);
    // LstMeetingType went out once, at sign-in, for bob's own types.
    const asked = ctx.sandbox.requests.filter((item) => item.operation === 'LstMeetingType');
    expect(asked).toHaveLength(1);
    expect(asked[0]?.xsdValid).toBe(true);
  });

  it('a type limited to 3 h offers no more, and says so before anything is sent', async () => {
    const page = await signedInPopup(BOB);
    await page.getByLabel('Meeting type').selectOption({ label: 'Pro 1000 (large meetings)' });
    await page.getByRole('radio', { name: 'Other…' }).check();
    expect(await page.getByLabel('hours').getAttribute('max')).toBe('3');
    expect(await page.locator('#duration-note').textContent()).toBe(
      'Pro 1000 (large meetings): up to 3 h on this site.',
    );
    await page.getByLabel('hours').fill('4');
    const note = page.locator('#duration-note.field-error');
    await note.waitFor();
    expect(await note.textContent()).toBe(
      'This site allows meetings of up to 3 h. Choose a shorter duration.',
    );
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('duration-hours');
    expect(createMeetingRequests()).toEqual([]);

    // 3 h 30 min (the form's 30 minutes kept) is still too long; 3 h 0 min is right at once.
    await page.getByLabel('hours').fill('3');
    expect(await note.count()).toBe(1);
    await page.getByLabel('minutes', { exact: true }).fill('0');
    await expect.poll(() => note.count()).toBe(0);
  });

  it('on a 40-minute site the quick picks stop at 40 and a longer default starts at 40', async () => {
    const page = await signedInPopup(DANA);
    expect(await durationSegments(page)).toEqual(['15', '30', '40', 'other']);
    // Settings' default is 30: within the limit, kept.
    expect(await page.locator('input[name="duration"]:checked').inputValue()).toBe('30');
    await page.getByRole('radio', { name: 'Other…' }).check();
    expect(await page.getByLabel('hours').getAttribute('max')).toBe('0');
    // Dana has one type: no type field, but the limit's hint names it.
    expect(await page.getByLabel('Meeting type').count()).toBe(0);
    expect(await page.locator('#duration-note').textContent()).toBe(
      'Meeting Center: up to 40 min on this site.',
    );
  });

  it("a refusal with a code the extension does not know leads with WebEx's own sentence", async () => {
    // The site does not answer LstMeetingType, so no limit is known and 1 h goes to WebEx.
    ctx.sandbox.faults.inject({
      kind: 'exception',
      exceptionId: '000035',
      operation: 'LstMeetingType',
    });
    const page = await signedInPopup(DANA);
    expect(await durationSegments(page)).toEqual(['15', '30', '45', '60', '90', 'other']);
    await page.locator('input[name="duration"][value="60"]').check({ force: true });
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    const notice = page.locator('[data-error-code="060016"]');
    await notice.waitFor();
    expect(await notice.locator('.notice-title').textContent()).toBe(
      'WebEx said: “Meeting duration exceeds the maximum allowed on this site”',
    );
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain(
      'What to do: Change what WebEx names, or do this on the WebEx site itself.',
    );
    expect(text).not.toMatch(/try again/i);
    expect(text).toContain('Code: 060016');
    expect(xmlText(createMeetingRequests()[0]!.body, 'duration')).toBe('60');
    await screenshots(page, 'error-unknown-code');
    await expectAccessible(page, 'unknown code refusal');
  });

  it("Options' default duration: any length up to the longest the host's types allow", async () => {
    const popup = await signedInPopup(DANA);
    await popup.close();
    const page = await ctx.extension.openOptions();
    const duration = page.getByLabel('Default duration');
    await duration.waitFor();
    expect(await duration.locator('option').allTextContents()).toEqual([
      '15 min',
      '30 min',
      '40 min',
      'Other…',
    ]);
    await duration.selectOption({ label: 'Other…' });
    await page.getByLabel('Minutes', { exact: true }).fill('45');
    expect(await page.getByText('This site allows meetings of up to 40 min.').isVisible()).toBe(
      true,
    );
    await page.getByLabel('Minutes', { exact: true }).fill('35');
    await expect
      .poll(
        async () =>
          ((await readAllStorage(ctx.extension)).local.settings as Settings | undefined)
            ?.defaultDurationMinutes,
      )
      .toBe(35);
    expect(await page.getByText('Up to 40 min on strict.webex.com.').isVisible()).toBe(true);
    await saveScreenshot(page, 'options-duration-other');
  });
});
