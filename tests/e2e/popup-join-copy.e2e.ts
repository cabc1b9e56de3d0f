import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { saveScreenshot } from './harness';
import {
  SITE,
  fillSchedule,
  readClipboard,
  screenshots,
  signedInPopup,
  usePopup,
  watchTabUrls,
  watchedTabUrls,
} from './popup/support';

// "Join a meeting" on the Recent tab, and copying a meeting's pieces and its invitation from
// the host's own template.
const ctx = usePopup();
const PASSWORD_IN_URL = /[?&#;](pw|pwd|pid)=|%26(pw|pwd|pid)%3D|secret1/i;

/** Types into the join field and submits; the URL the new tab opened first. */
async function joinFrom(page: Page, text: string): Promise<string> {
  const before = (await watchedTabUrls()).length;
  await page.getByLabel('Join a meeting').fill(text);
  const [tab] = await Promise.all([
    ctx.extension.context.waitForEvent('page'),
    page.getByRole('button', { name: 'Join', exact: true }).first().click(),
  ]);
  await expect.poll(async () => (await watchedTabUrls()).length).toBeGreaterThan(before);
  const urls = (await watchedTabUrls()).slice(before);
  // Closed only once loaded: a tab closed in the middle of WebEx's redirects may never close.
  await tab.waitForLoadState('load');
  await tab.close();
  expect(urls.filter((url) => PASSWORD_IN_URL.test(url))).toEqual([]);
  return urls[0]!;
}

/** Clicks a copy button and waits for the clipboard to hold `expected`. */
async function copies(page: Page, scope: Locator, name: string, expected: string) {
  await page.bringToFront();
  await scope.getByRole('button', { name, exact: true }).click();
  await expect.poll(readClipboard).toBe(expected);
}

async function scheduleOne(page: Page, topic: string) {
  await fillSchedule(page, { topic });
  const password = await page.getByLabel('Meeting password').inputValue();
  await page.getByRole('button', { name: 'Schedule meeting' }).click();
  await page.locator('.scheduled-card').waitFor();
  const key = ctx.sandbox.state('acme').meetings[0]!.meetingKey;
  return { password, key, link: `${SITE}/acme/e.php?AT=SI&MK=${key}` };
}

describe('join a meeting', () => {
  it('joins by number and by each link form, never with a password, and says what it expected', async () => {
    const page = await signedInPopup();
    await page.getByRole('tab', { name: 'Recent' }).click();
    const field = page.getByLabel('Join a meeting');
    await field.waitFor();
    await page.getByText('No recent or upcoming meetings').waitFor();
    await screenshots(page, 'join-empty');

    // Wrong as typed: said once the host leaves the field, then it follows the typing.
    await field.fill('1234 5678');
    await field.press('Tab');
    const error = page.locator('#join-meeting-input-problem');
    await error.waitFor();
    expect(await error.textContent()).toBe('A meeting number has 9 to 11 digits; this one has 8.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await screenshots(page, 'join-error');
    await expectAccessible(page, 'join error');
    await field.fill('https://acme.webex.com.evil.test/meet/carol');
    await expect
      .poll(() => error.textContent())
      .toBe(
        'acme.webex.com.evil.test is not a WebEx site. Expected a meeting number (9 to 11 digits) or a link on a webex.com site.',
      );
    await field.fill('http://globex.webex.com/meet/carol');
    await expect.poll(() => error.textContent()).toContain('Only https links can be joined.');
    await field.fill('javascript:alert(1)');
    await expect
      .poll(() => error.textContent())
      .toBe('Expected a meeting number of 9 to 11 digits, or a WebEx meeting link.');
    const pagesBefore = ctx.extension.context.pages().length;
    await field.press('Enter');
    expect(ctx.extension.context.pages().length).toBe(pagesBefore);

    await watchTabUrls();
    expect(await joinFrom(page, '645-850-472')).toBe(`${SITE}/acme/m.php?AT=JM&MK=645850472`);
    expect(
      await joinFrom(page, 'https://globex.webex.com/globex/j.php?MTID=m0a1b2c3d4&PW=secret1'),
    ).toBe('https://globex.webex.com/globex/j.php?MTID=m0a1b2c3d4');
    expect(await page.locator('#join-meeting-input-hint').textContent()).toBe(
      'The password in the link was left out: WebEx asks for it when you join.',
    );
    expect(await joinFrom(page, 'https://globex.webex.com/meet/carol.chen')).toBe(
      'https://globex.webex.com/meet/carol.chen',
    );
    expect(
      await joinFrom(page, 'https://globex.webex.com/globex/m.php?AT=JM&MK=2345678901&PWD=secret1'),
    ).toBe('https://globex.webex.com/globex/m.php?AT=JM&MK=2345678901');
    expect(await error.count()).toBe(0);
  });
});

describe('copy what you need', () => {
  it('copies the number, the password and the link alone, from the card and from a Recent row', async () => {
    const page = await signedInPopup();
    const { password, key, link } = await scheduleOne(page, 'Copy each piece');
    const card = page.locator('.scheduled-card');
    await card.getByRole('button', { name: 'Copy link' }).waitFor();
    await screenshots(page, 'card-copy');
    await expectAccessible(page, 'card with copy buttons');
    await copies(page, card, 'Copy meeting number', key);
    await copies(page, card, 'Copy password', password);
    await copies(page, card, 'Copy link', link);

    await page.getByRole('tab', { name: 'Recent' }).click();
    const row = page.locator('.meeting-row', { hasText: 'Copy each piece' });
    const more = row.getByRole('button', { name: 'More' });
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await row.getByRole('button', { name: 'Copy join link' }).waitFor();
    await screenshots(page, 'row-copy');
    await expectAccessible(page, 'row copy menu');
    await copies(page, row, 'Copy meeting number', key);
    await copies(page, row, 'Copy password', password);
    await copies(page, row, 'Copy join link', link);
    await more.click();
    await row.getByRole('button', { name: 'Copy join link' }).waitFor({ state: 'hidden' });
  });

  it('copies the invitation from a template edited in Options, and resets it', async () => {
    const popup = await signedInPopup();
    const { password, key } = await scheduleOne(popup, 'Template check');
    await popup.close();

    const options = await ctx.extension.openOptions();
    const editor = options.getByLabel('Invitation template');
    await expect
      .poll(() => editor.inputValue())
      .toContain('{host} invites you to a WebEx meeting.');
    await editor.fill(
      'Meeting {topic}\nNumber: {number}\nPW: {password}\nRoom: {personalRoom}\nAt {startUtc}\nOops {topc}',
    );
    const preview = options.getByTestId('invitation-preview');
    await expect.poll(() => preview.textContent()).toContain('Meeting Project review');
    expect(await preview.locator('mark').allTextContents()).toEqual(['{topc}']);
    await options.getByText('Not placeholders, copied as typed: {topc}').waitFor();
    await options.getByRole('heading', { name: 'Invitation text' }).scrollIntoViewIfNeeded();
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      await saveScreenshot(options, `options-invitation-template-${colorScheme}`);
    }
    await options.getByRole('button', { name: 'Save template' }).click();
    await options.getByText('Template saved.').waitFor();

    const popupAgain = await ctx.extension.openPopup();
    await popupAgain.getByRole('tab', { name: 'Recent' }).click();
    const row = popupAgain.locator('.meeting-row', { hasText: 'Template check' });
    await row.getByRole('button', { name: 'More' }).click();
    await row.getByRole('button', { name: 'Copy invitation' }).click();
    await row.getByRole('button', { name: 'Copied' }).waitFor();
    const lines = (await readClipboard()).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Meeting Template check',
      `Number: ${key.slice(0, 3)} ${key.slice(3, 6)} ${key.slice(6)}`,
      `PW: ${password}`,
    ]);
    // No Personal Room known: its line is left out; the unknown placeholder stays as typed.
    expect(lines[3]).toMatch(/^At .* Coordinated Universal Time$/);
    expect(lines.slice(4)).toEqual(['Oops {topc}']);
    await popupAgain.close();

    // Sync storage holds the template, never a password.
    const stored = () =>
      ctx.extension.serviceWorker.evaluate(async () => {
        const sync = (
          globalThis as unknown as {
            chrome: { storage: { sync: { get(): Promise<Record<string, unknown>> } } };
          }
        ).chrome.storage.sync;
        return sync.get();
      });
    const kept = JSON.stringify(await stored());
    expect(kept).toContain('Oops {topc}');
    expect(kept).not.toContain(password);

    await options.bringToFront();
    await options.getByRole('button', { name: 'Reset to default' }).click();
    await options.getByText('The default template is back.').waitFor();
    expect((await editor.inputValue()).split('\n')[0]).toBe(
      '{host} invites you to a WebEx meeting.',
    );
    await expect.poll(async () => JSON.stringify(await stored())).not.toContain('Oops');
  });
});
