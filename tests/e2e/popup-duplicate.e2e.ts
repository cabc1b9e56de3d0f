import { describe, expect, it } from 'vitest';
import type { Meeting } from '../sandbox/state.ts';
import { expectAccessible } from './accessibility';
import {
  createMeetingRequests,
  fillSchedule,
  screenshots,
  signedInPopup,
  usePopup,
  xmlText,
} from './popup/support';

// One click, two meetings: Chromium itself resends a CreateMeeting whose reused connection
// dropped before any answer (docs/webex-protocol.md), and WebEx makes the meeting twice.
const ctx = usePopup();

describe('popup: a CreateMeeting the browser resent', () => {
  it('warns that WebEx holds the meeting twice and deletes the extra one on one click', async () => {
    const page = await signedInPopup();
    // The sign-in's connection is still open: the drop hits a reused connection, which Chromium resends.
    ctx.sandbox.faults.inject({ kind: 'connection-drop', operation: 'CreateMeeting' });
    await fillSchedule(page, { topic: 'Resent by the browser' });
    await page.getByRole('button', { name: 'Schedule meeting' }).click();

    const card = page.locator('.scheduled-card');
    await card.waitFor();
    // One click in the popup, two POSTs on the wire, both with the same request.
    const requests = createMeetingRequests();
    expect(requests).toHaveLength(2);
    expect(requests.map((request) => xmlText(request.body, 'confName'))).toEqual([
      'Resent by the browser',
      'Resent by the browser',
    ]);
    const meetings = () => ctx.sandbox.state('acme').meetings;
    expect(meetings()).toHaveLength(2);
    const [extra, kept] = meetings() as [Meeting, Meeting];
    expect(extra.startDate).toBe(kept.startDate);

    // The card is the meeting the extension got back; the warning names the other one.
    const numberOf = (key: string) => key.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
    expect(await page.getByTestId('meeting-number').textContent()).toBe(numberOf(kept.meetingKey));
    const notice = page.getByTestId('duplicate-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      `WebEx now holds this meeting twice (also as meeting ${numberOf(extra.meetingKey)}`,
    );
    // Nothing is deleted before the host clicks.
    expect(ctx.sandbox.requests.some((request) => request.operation === 'DelMeeting')).toBe(false);
    await screenshots(page, 'duplicate');
    await expectAccessible(page, 'duplicate warning');

    // WebEx refuses once: its error is shown, nothing is gone, and the button is still there.
    ctx.sandbox.faults.inject({
      kind: 'exception',
      exceptionId: '000045',
      operation: 'DelMeeting',
    });
    const remove = notice.getByRole('button', {
      name: `Delete meeting ${numberOf(extra.meetingKey)}`,
    });
    await remove.click();
    await notice.locator('[data-error-code="000045"]').waitFor();
    expect(await notice.textContent()).toContain('Too many requests to WebEx');
    expect(meetings()).toHaveLength(2);

    await remove.click();
    await notice.getByText(`Meeting ${numberOf(extra.meetingKey)} deleted.`).waitFor();
    const deletions = ctx.sandbox.requests.filter((request) => request.operation === 'DelMeeting');
    expect(deletions.map((request) => xmlText(request.body, 'meetingKey'))).toEqual([
      extra.meetingKey,
      extra.meetingKey,
    ]);
    expect(meetings().map((meeting) => meeting.meetingKey)).toEqual([kept.meetingKey]);
    expect(await page.getByTestId('meeting-number').textContent()).toBe(numberOf(kept.meetingKey));
  });
});
