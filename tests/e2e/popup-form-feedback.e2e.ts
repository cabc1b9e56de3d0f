import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { sendProtocolMessage } from './flows';
import { viewportScreenshots } from './popup/fit';
import {
  ALICE,
  createMeetingRequests,
  openPopup,
  screenshots,
  signIn,
  signedInPopup,
  usePopup,
} from './popup/support';

// Issue 13, items 8, 9, 12 and 17: feedback that follows the form as the host types, an invite
// field that shows every address and marks bad ones, topics up to WebEx's 128 characters in
// either writing direction, and focus where the next keystroke belongs.
const ctx = usePopup();

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element?.getAttribute('name') || element?.id || element?.textContent?.trim() || '';
  });
const inviteesField = (page: Page) => page.locator('.field', { has: page.locator('#invitees') });

describe('popup: focus, feedback, invitees and topics', () => {
  it('focuses Sign in with Webex (Site without a Webex integration) when signed out, Topic after sign-in, Start after scheduling: all by keyboard', async () => {
    const page = await openPopup();
    // The leading way to sign in; without an integration in the build, the WebEx ID form is
    // the only way, open, and its first box has the focus.
    const account = await sendProtocolMessage(page, 'getAccount');
    const ready = account.ok && !account.value.signedIn && account.value.webexSignInReady;
    await expect.poll(() => focused(page)).toBe(ready ? 'Sign in with Webex' : 'site');
    await signIn(page, ALICE);
    expect(await focused(page)).toBe('topic');

    // A right-to-left topic, typed and scheduled with the keyboard alone.
    const topic = 'סקירת רבעון';
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(topic);
    expect(await page.locator('#topic').getAttribute('dir')).toBe('auto');
    expect(await page.locator('#topic').evaluate((input) => input.matches(':dir(rtl)'))).toBe(true);
    await page.keyboard.press('Enter');
    const card = page.locator('.scheduled-card');
    await card.waitFor();
    await expect.poll(() => focused(page)).toBe('Start now');
    const title = card.locator('.card-topic');
    expect(await title.textContent()).toBe(topic);
    expect(await title.evaluate((heading) => heading.matches(':dir(rtl)'))).toBe(true);
    await screenshots(page, 'card-rtl-topic');

    // Schedule another: the form is back and Topic has the focus again.
    await card.getByRole('button', { name: 'Schedule another meeting' }).click();
    await expect.poll(() => focused(page)).toBe('topic');

    // Signed out again, site and WebEx ID are remembered: the password box has the focus.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('WebEx site').waitFor();
    const reopened = await openPopup();
    expect(await reopened.getByLabel('WebEx site').inputValue()).not.toBe('');
    expect(await focused(reopened)).toBe('password');
  });

  it('says when a set time has passed, and clears it the moment Now is chosen', async () => {
    const page = await signedInPopup();
    const summary = page.locator('#start-summary');
    await page.getByRole('radio', { name: 'Set time' }).check();
    expect(await summary.textContent()).toMatch(/^Starts /);
    await page.getByLabel('Date and time').fill('2020-01-01T10:00');
    // No "Starts Today, <now>" for a time in the past: the problem, before any submit.
    await expect.poll(() => summary.textContent()).toMatch(/already passed/);
    expect(await summary.textContent()).not.toMatch(/Starts/);
    expect(await summary.getAttribute('class')).toBe('field-error');
    await screenshots(page, 'start-passed');

    await page.getByRole('radio', { name: 'Now' }).check();
    await expect.poll(() => summary.textContent()).toMatch(/^Starts right away/);
    expect(await page.locator('.start-picker .field-error').count()).toBe(0);
  });

  it('marks bad invitees as typed, counts valid ones, clears the error once fixed, sends names', async () => {
    const page = await signedInPopup();
    const field = inviteesField(page);
    const invitees = page.getByLabel('Invite (email addresses)');
    await invitees.fill(
      'carol@example.com, dave at example.com, "Frank Ford" <frank@example.com>, bob@, ',
    );
    // Marked while the field still has the focus: no submit needed.
    expect(await field.locator('.chip.bad').allTextContents()).toEqual([
      'dave at example.com',
      'bob@',
    ]);
    expect(await field.locator('.hint').textContent()).toBe('2 valid, 2 to fix');
    expect(await invitees.getAttribute('aria-invalid')).toBe('true');
    await screenshots(page, 'invitees-to-fix');
    await expectAccessible(page, 'invitees to fix');

    // Schedule refuses, says why and puts the focus on the list.
    await page.getByLabel('Topic').press('Enter');
    await expect.poll(() => field.locator('.field-error').textContent()).toMatch(/dave at example/);
    expect(await focused(page)).toBe('invitees');
    expect(createMeetingRequests()).toEqual([]);

    // Fixed: the error goes with the keystroke, before the next submit.
    await invitees.fill('carol@example.com, dave@example.com, "Frank Ford" <frank@example.com>');
    await expect.poll(() => field.locator('.field-error').count()).toBe(0);
    expect(await field.locator('.chip').count()).toBe(0);
    expect(await field.locator('.hint').textContent()).toBe(
      'WebEx emails an invitation to 3 people.',
    );

    // Shift+Enter starts a line (a list may be one address a line); Enter schedules.
    await invitees.press('Shift+Enter');
    expect(await invitees.inputValue()).toMatch(/\n$/);
    await invitees.press('Enter');
    await page.locator('.scheduled-card').waitFor();
    const [meeting] = ctx.sandbox.state('acme').meetings;
    expect(meeting?.attendees.map(({ name, email }) => [name, email])).toEqual([
      ['', 'carol@example.com'],
      ['', 'dave@example.com'],
      ['Frank Ford', 'frank@example.com'],
    ]);
  });

  it('grows the invite box to show twenty addresses; the address under way is not called bad', async () => {
    const page = await signedInPopup();
    const invitees = page.getByLabel('Invite (email addresses)');
    const oneLine = await invitees.evaluate((box) => box.clientHeight);
    const twenty = Array.from({ length: 20 }, (_, i) => `person${i + 1}@example.com`).join(', ');
    await invitees.fill(twenty);
    await viewportScreenshots(page, 'invitees-twenty', '#invitees');
    const sizes = await invitees.evaluate((box) => ({
      client: box.clientHeight,
      scroll: box.scrollHeight,
    }));
    expect(sizes.client).toBeGreaterThan(oneLine * 3);
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client + 1);
    expect(await inviteesField(page).locator('.hint').textContent()).toBe(
      'WebEx emails an invitation to 20 people.',
    );

    await invitees.pressSequentially(', car');
    expect(await inviteesField(page).locator('.chip').count()).toBe(0);
    await page.getByLabel('Topic').focus();
    expect(await inviteesField(page).locator('.chip.bad').allTextContents()).toEqual(['car']);
  });

  it('counts down near 128 characters and refuses a longer topic in words', async () => {
    const page = await signedInPopup();
    const topic = page.getByLabel('Topic');
    const field = page.locator('.field', { has: topic });
    const error = field.locator('.field-error');
    await topic.fill('a'.repeat(110));
    expect(await field.locator('.hint').textContent()).toBe('18 characters left');
    await topic.fill('a'.repeat(300));
    // Shown as typed, before the host leaves the field or presses Schedule.
    expect(await error.textContent()).toBe(
      'WebEx takes topics of up to 128 characters: shorten this one by 172.',
    );
    expect(await topic.getAttribute('aria-invalid')).toBe('true');
    await screenshots(page, 'topic-too-long');
    await topic.fill('a'.repeat(128));
    expect(await field.locator('.hint').textContent()).toBe('0 characters left');
    expect(await error.count()).toBe(0);

    // Emptied while typing: no error yet. Left empty: the error. Typed again: gone at once.
    await topic.fill('');
    expect(await error.count()).toBe(0);
    await topic.press('Tab');
    await expect.poll(() => error.textContent()).toMatch(/topic/);
    await topic.fill('Q');
    expect(await error.count()).toBe(0);

    await topic.fill('a'.repeat(300));
    await topic.press('Enter');
    expect(await focused(page)).toBe('topic');
    expect(createMeetingRequests()).toEqual([]);
  });
});
