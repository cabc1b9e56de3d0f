import { describe, expect, it } from 'vitest';
import { signInThroughPopup } from './flows';
import { ALICE, BOB, fillSchedule, openPopup, signedInPopup, usePopup } from './popup/support';

// Trust: a change of account in the same popup resets every per-account view and job.
const ctx = usePopup();

describe('popup: another account signs in', () => {
  it("never shows the last account's meeting, even one WebEx finished after the sign-out", async () => {
    let page = await signedInPopup(ALICE);
    ctx.sandbox.faults.inject({ kind: 'latency', ms: 1500, operation: 'CreateMeeting' });
    await fillSchedule(page, { topic: 'Alice private' });
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.getByRole('button', { name: 'Scheduling…' }).waitFor();
    await page.close();

    // Reopened: Alice's card; then Bob signs in in this same popup.
    page = await openPopup();
    await page.locator('.scheduled-card').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInThroughPopup(page, BOB);
    await page.getByRole('tab', { name: 'Recent' }).waitFor();
    await expect.poll(() => ctx.sandbox.state('acme').meetings.length).toBe(1);

    expect(await page.locator('.scheduled-card').count()).toBe(0);
    expect(await page.getByLabel('Topic').inputValue()).not.toBe('Alice private');
    const alicePassword = ctx.sandbox.state('acme').meetings[0]!.meetingPassword;
    expect(await page.locator('body').textContent()).not.toContain(alicePassword);

    // Reopened after WebEx answered: still nothing of Alice's, on any tab.
    await page.close();
    page = await openPopup();
    await page.getByRole('tab', { name: 'Recent' }).click();
    await page.getByText('No recent or upcoming meetings').waitFor();
    expect(await page.locator('.scheduled-card').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain('Alice private');
  });
});
