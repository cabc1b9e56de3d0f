import { describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import {
  BOB,
  SITE,
  fillSchedule,
  lastJob,
  lastJobState,
  notificationIds,
  openPopup,
  readClipboard,
  screenshots,
  signedInPopup,
  usePopup,
  watchTabUrls,
  watchedTabUrls,
} from './popup/support';

// The popup's other tabs: Recent (list, start, join, copy, delete) and Decode, by mouse and keyboard.
const ctx = usePopup();

describe('popup', () => {
  it('shows an empty Recent list, then loads it by keyboard', async () => {
    const page = await signedInPopup(BOB);
    await page.getByRole('tab', { name: 'Schedule' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Recent' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Recent');
    await page.getByText('No recent or upcoming meetings').waitFor();
    await screenshots(page, 'recent-empty');
    await expectAccessible(page, 'empty recent');

    await page.keyboard.press('End');
    expect(await page.getByRole('tab', { name: 'Decode' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await page.keyboard.press('Home');
    expect(await page.getByRole('tab', { name: 'Schedule' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await page.getByLabel('Meeting type').inputValue()).toBe('74377');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'now',
    );
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'In 15 min' }).isChecked()).toBe(true);
    await screenshots(page, 'keyboard-focus');
  });

  it('shows a schedule that finished while the popup was closed, lists it in Recent and starts it with a ticket link', async () => {
    let page = await signedInPopup();
    ctx.sandbox.faults.inject({ kind: 'latency', ms: 1000, operation: 'CreateMeeting' });
    await fillSchedule(page, { topic: 'Finished while closed' });
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.getByRole('button', { name: 'Scheduling…' }).waitFor();
    await page.close();

    await expect.poll(lastJobState, { timeout: 10_000 }).toBe('done');
    // No popup could show the answer: the background announced it, for this job's meeting.
    const job = await lastJob();
    expect(job?.request.topic).toBe('Finished while closed');
    expect(job?.meeting?.meetingKey).toBe(ctx.sandbox.state('acme').meetings[0]?.meetingKey);
    // Created just after the job is stored as done.
    await expect.poll(notificationIds).toEqual([`meeting-ready:${job?.requestId}`]);
    page = await openPopup();
    // The outcome the host did not see is shown once.
    await page.locator('.scheduled-card').waitFor();
    expect(await page.locator('.card-topic').textContent()).toBe('Finished while closed');

    await page.getByRole('tab', { name: 'Recent' }).click();
    const row = page.locator('.meeting-row', { hasText: 'Finished while closed' });
    await row.waitFor();
    await screenshots(page, 'recent');
    await expectAccessible(page, 'recent');

    await watchTabUrls();
    const [tab] = await Promise.all([
      ctx.extension.context.waitForEvent('page'),
      row.getByRole('button', { name: 'Start' }).click(),
    ]);
    await tab.waitForURL(/AT=HM/);
    const tabUrls = [...(await watchedTabUrls()), tab.url()];
    expect(tabUrls[0]?.startsWith(`${SITE}/acme/p.php?AT=LI&`)).toBe(true);
    expect(tabUrls[0]).toMatch(/&TK=[^&]+/);
    expect(tabUrls.filter((url) => /[?&]PW=|%26PW%3D/i.test(url))).toEqual([]);
    await tab.close();

    // Seen once is enough: the next popup opens on a fresh form.
    await page.close();
    page = await openPopup();
    expect(await page.locator('.scheduled-card').count()).toBe(0);
    expect(await page.getByLabel('Topic').inputValue()).toBe("Alice's meeting");
    await page.close();
  });

  it('copies the invitation of a Recent meeting: topic, number in groups of three, join link, password', async () => {
    const page = await signedInPopup();
    const topic = 'Quarterly <review> & "notes"';
    await fillSchedule(page, { topic });
    const password = await page.getByLabel('Meeting password').inputValue();
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.locator('.scheduled-card').waitFor();
    const [meeting] = ctx.sandbox.state('acme').meetings;
    const key = meeting!.meetingKey;
    expect(key).toMatch(/^\d{9}$/);

    await page.getByRole('tab', { name: 'Recent' }).click();
    const row = page.locator('.meeting-row', { hasText: topic });
    await row.getByRole('button', { name: 'More' }).click();
    await row.getByRole('button', { name: 'Copy invitation' }).click();
    await row.getByRole('button', { name: 'Copied' }).waitFor();

    const lines = (await readClipboard()).split('\n');
    expect(lines).toContain(`Topic: ${topic}`);
    expect(lines).toContain(
      `Meeting number: ${key.slice(0, 3)} ${key.slice(3, 6)} ${key.slice(6)}`,
    );
    expect(lines).toContain(`Join: ${SITE}/acme/e.php?AT=SI&MK=${key}`);
    expect(lines).toContain(`Password: ${password}`);
    expect(lines[0]).toBe('Alice Archer invites you to a WebEx meeting.');
  });

  it('joins, survives a failed load and deletes from Recent after an in-popup confirmation', async () => {
    const page = await signedInPopup();
    await fillSchedule(page, { topic: 'To be deleted' });
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.locator('.scheduled-card').waitFor();
    const [meeting] = ctx.sandbox.state('acme').meetings;

    // WebEx fails once: the list says so and offers to try again.
    ctx.sandbox.faults.inject({ kind: 'http500', operation: 'LstsummaryMeeting' });
    await page.getByRole('tab', { name: 'Recent' }).click();
    const failure = page
      .getByRole('alert')
      .filter({ hasText: 'Your meetings could not be loaded' });
    await failure.waitFor();
    await screenshots(page, 'recent-error');
    await expectAccessible(page, 'recent error');
    await failure.getByRole('button', { name: 'Try again' }).click();
    const row = page.locator('.meeting-row', { hasText: 'To be deleted' });
    await row.waitFor();

    await row.getByRole('button', { name: 'More' }).click();
    const [joinTab] = await Promise.all([
      ctx.extension.context.waitForEvent('page'),
      row.getByRole('button', { name: 'Join', exact: true }).click(),
    ]);
    await joinTab.waitForLoadState();
    expect(joinTab.url()).toContain(`MK=${meeting?.meetingKey}`);
    await joinTab.close();

    await page.bringToFront();
    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    await row.getByRole('button', { name: 'Keep it' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Keep it');
    await expectAccessible(page, 'delete confirmation');
    await row.getByRole('button', { name: 'Delete meeting' }).click();
    await row.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('recent-title');
    await page.getByText('Deleted “To be deleted”.').waitFor({ state: 'attached' });
    expect(ctx.sandbox.state('acme').meetings).toHaveLength(0);
    expect(ctx.sandbox.requests.some((request) => request.operation === 'DelMeeting')).toBe(true);
  });

  it('loads the Decode tab only when opened', async () => {
    const page = await ctx.extension.openPopup();
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(request.url()));
    await page.reload();
    await page.locator('form[data-ready], details.older-sign-in').first().waitFor();
    expect(scripts.filter((url) => url.includes('DecodeView'))).toEqual([]);
    await page.getByRole('tab', { name: 'Decode' }).click();
    await page.getByLabel('Back URL or XML API response').waitFor();
    expect(scripts.filter((url) => url.includes('DecodeView')).length).toBeGreaterThan(0);
    await page
      .getByLabel('Back URL or XML API response')
      .fill(`${SITE}/acme/backurl-test.html?AT=LI&ST=FAIL&RS=AlreadyLogon`);
    await page.getByRole('button', { name: 'Explain' }).click();
    await page.locator('#decode-headline').waitFor();
    await screenshots(page, 'decode');
    await expectAccessible(page, 'decode');
  });
});
