import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { saveScreenshot } from './harness';
import { overflowingText } from './layout';
import { expectedHeadings, seedAgenda, type SeededMeeting } from './popup/agenda';
import {
  SITE,
  screenshots,
  signedInPopup,
  usePopup,
  watchTabUrls,
  watchedTabUrls,
} from './popup/support';

// Recent as an agenda: day headings, the number on each row, one main action, the rest under
// "More" (calendar entries too), no Delete while in progress, focus back after Escape.
const ctx = usePopup();

const rowOf = (page: Page, meeting: SeededMeeting) =>
  page.locator(`.meeting-row[data-meeting-key="${meeting.meetingKey}"]`);

/** Whether the focused element is this row's "More" button (never the page body). */
function focusedOnMore(row: Locator): Promise<boolean> {
  return row
    .getByRole('button', { name: 'More' })
    .evaluate((more) => document.activeElement === more);
}

async function agenda(): Promise<{ page: Page; seeded: SeededMeeting[] }> {
  const page = await signedInPopup();
  const seeded = await seedAgenda(page);
  await page.getByRole('tab', { name: 'Recent' }).click();
  // Listing 17 meetings takes WebEx (the sandbox) a few seconds.
  await page.locator('.meeting-row').nth(16).waitFor({ timeout: 20_000 });
  expect(await page.locator('.meeting-row').count()).toBe(17);
  return { page, seeded };
}

describe('Recent as an agenda', () => {
  it('groups 17 meetings under day headings, compact enough for two screens, each with its number and one main action', async () => {
    const { page, seeded } = await agenda();
    expect(await page.locator('.group-title').allTextContents()).toEqual(expectedHeadings(seeded));
    // 600 px high popup: 17 meetings, the join field and the headings in at most two screens.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(1200);
    expect(await overflowingText(page)).toEqual([]);

    for (const meeting of seeded) {
      const row = rowOf(page, meeting);
      const key = meeting.meetingKey;
      expect(await row.locator('.meeting-number').textContent()).toBe(
        `${key.slice(0, 3)} ${key.slice(3, 6)} ${key.slice(6)}`,
      );
      // One visible action beside "More"; Join, copy and Delete wait in the menu.
      const main = meeting.topic === 'Live review' ? 'Rejoin' : 'Start';
      expect(await row.locator('.row-line button').allTextContents()).toEqual([main, 'More']);
    }
    const live = rowOf(page, seeded[0]!);
    expect(await live.locator('.badge.live').textContent()).toBe('In progress');
    expect(await live.locator('.meeting-time').textContent()).toMatch(
      /^\d{1,2}:\d{2}\s*(AM|PM)?\s*–\s*\d{1,2}:\d{2}\s*(AM|PM)?$/,
    );
    await screenshots(page, 'agenda');
    await expectAccessible(page, 'agenda');

    // No Delete on a meeting in progress; the others have it, last in their menu.
    await live.getByRole('button', { name: 'More' }).click();
    await live.getByRole('button', { name: 'Join', exact: true }).waitFor();
    expect(await live.getByRole('button', { name: 'Delete', exact: true }).count()).toBe(0);
    const next = rowOf(page, seeded[1]!);
    await next.getByRole('button', { name: 'More' }).click();
    const items = await next.locator('.row-menu').locator('a, button').allTextContents();
    expect(items).toEqual([
      'Join',
      'Copy invitation',
      'Copy meeting number',
      'Copy password',
      'Copy join link',
      'Calendar file (.ics)',
      'Google Calendar',
      'Outlook on the web',
      'Delete',
    ]);
    await screenshots(page, 'agenda-menu');
    await expectAccessible(page, 'agenda menu');

    // Rejoin takes the host back in with a one-time ticket link, never a password.
    await watchTabUrls();
    const [tab] = await Promise.all([
      ctx.extension.context.waitForEvent('page'),
      live.getByRole('button', { name: 'Rejoin' }).click(),
    ]);
    await tab.waitForURL(/AT=HM/);
    const [first] = await watchedTabUrls();
    expect(first).toMatch(new RegExp(`^${SITE}/acme/p\\.php\\?AT=LI&.*TK=`));
    expect(decodeURIComponent(first!)).toContain(`MK=${seeded[0]!.meetingKey}`);
    expect([first, tab.url()].filter((url) => /[?&]PW=|%26PW%3D/i.test(url!))).toEqual([]);
    await tab.close();
  });

  it('gives the focus back to the row’s More after Escape, from the menu and from the delete question', async () => {
    const { page, seeded } = await agenda();
    const row = rowOf(page, seeded[4]!);
    const more = row.getByRole('button', { name: 'More' });
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await row.getByRole('button', { name: 'Copy invitation' }).focus();
    await page.keyboard.press('Escape');
    await row.locator('.row-menu').waitFor({ state: 'detached' });
    await expect.poll(() => focusedOnMore(row)).toBe(true);

    await page.keyboard.press('Enter');
    await row.getByRole('button', { name: 'Delete', exact: true }).focus();
    await page.keyboard.press('Enter');
    const keep = row.getByRole('button', { name: 'Keep it' });
    await expect
      .poll(() => keep.evaluate((button) => document.activeElement === button))
      .toBe(true);
    await screenshots(page, 'agenda-delete-question');
    await page.keyboard.press('Escape');
    await keep.waitFor({ state: 'detached' });
    await expect.poll(() => focusedOnMore(row)).toBe(true);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
    // Keep it by click: the same.
    await page.keyboard.press('Enter');
    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    await keep.click();
    await expect.poll(() => focusedOnMore(row)).toBe(true);
    expect(ctx.sandbox.state('acme').meetings).toHaveLength(17);
  });

  it('adds any meeting to a calendar: an .ics with a reminder and a readable name, Google and Outlook links, never the password', async () => {
    const { page, seeded } = await agenda();
    const arabic = seeded.find((meeting) => meeting.topic === 'اجتماع الفريق')!;
    const row = rowOf(page, arabic);
    await row.getByRole('button', { name: 'More' }).click();
    const join = `${SITE}/acme/e.php?AT=SI&MK=${arabic.meetingKey}`;
    const number = arabic.meetingKey.replace(/^(\d{3})(\d{3})/, '$1 $2 ');
    const details = [
      `Join the WebEx meeting: ${join}`,
      `Meeting number: ${number}`,
      'Password: in the invitation',
    ].join('\n');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: 'Calendar file (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('اجتماع الفريق.ics');
    const ics = (await readFile((await download.path())!, 'utf8')).replace(/\r\n /g, '');
    const lines = ics.split('\r\n');
    expect(lines).toContain('SUMMARY:اجتماع الفريق');
    expect(lines).toContain(`DESCRIPTION:${details.replace(/\n/g, '\\n')}`);
    expect(lines).toContain('BEGIN:VALARM');
    expect(lines).toContain('TRIGGER:-PT10M');
    expect(ics).not.toContain(arabic.password);

    const utc = (instant: number) =>
      new Date(instant)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    const google = new URL(
      (await row.getByRole('link', { name: 'Google Calendar' }).getAttribute('href'))!,
    );
    expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(google.searchParams)).toEqual({
      action: 'TEMPLATE',
      text: arabic.topic,
      dates: `${utc(arabic.startsAt)}/${utc(arabic.startsAt + 3_600_000)}`,
      details,
      location: join,
    });
    const outlook = new URL(
      (await row.getByRole('link', { name: 'Outlook on the web' }).getAttribute('href'))!,
    );
    expect(outlook.host).toBe('outlook.office.com');
    expect(outlook.searchParams.get('subject')).toBe(arabic.topic);
    expect(outlook.searchParams.get('startdt')).toBe(new Date(arabic.startsAt).toISOString());
    expect(outlook.searchParams.get('body')).toBe(details);
    for (const link of [google, outlook]) expect(link.href).not.toContain(arabic.password);
    for (const name of ['Google Calendar', 'Outlook on the web']) {
      const link = row.getByRole('link', { name });
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toContain('noreferrer');
    }
    await saveScreenshot(page, 'popup-agenda-calendar');
  });
});
