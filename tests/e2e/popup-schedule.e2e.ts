import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../lib/meetings/start-time';
import { expectAccessible } from './accessibility';
import { readAllStorage } from './flows';
import {
  ALICE,
  BOB,
  TICKET_LIFETIME_MS,
  createMeetingRequests,
  fillSchedule,
  notificationIds,
  openPopup,
  readClipboard,
  screenshots,
  signIn,
  signedInPopup,
  usePopup,
  xmlText,
} from './popup/support';

// Scheduling from the popup: the form, what WebEx is sent, refusals, a closed popup, a lapsed ticket.
const ctx = usePopup();

describe('popup', () => {
  it('signs in and schedules; an alternate host without a host account gets one-click attendee invite', async () => {
    const page = await openPopup();
    await screenshots(page, 'signed-out');
    await expectAccessible(page, 'signed out');
    await signIn(page, ALICE);

    expect(await page.getByLabel('Topic').inputValue()).toBe("Alice's meeting");
    expect(await page.locator('#start-summary').textContent()).toMatch(
      /Central European (Standard|Summer) Time/,
    );
    const password = await page.getByLabel('Meeting password').inputValue();
    expect(password).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[A-Za-z\d]{8,}$/);
    await screenshots(page, 'schedule');
    await expectAccessible(page, 'schedule');

    const topic = 'Plan <&>"\' review 🎉';
    await fillSchedule(page, {
      topic,
      invitees: 'carol@example.com',
      alternateHost: 'dave@example.com',
    });
    await page.getByLabel('Topic').press('Enter');

    const notice = page.locator('[data-error-code="040007"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('dave@example.com has no host account on acme');
    expect(await notice.textContent()).toContain(
      'Invite them as attendees instead. Once you have started the meeting',
    );
    expect(await notice.textContent()).toMatch(/alternate host needs a host account/i);
    expect(await page.getByLabel('Topic').inputValue()).toBe(topic);
    await screenshots(page, 'error-040007');
    await expectAccessible(page, 'error 040007');

    await page.getByRole('button', { name: 'Invite them as attendees instead' }).click();
    const card = page.locator('.scheduled-card');
    await card.waitFor();
    // The popup stayed open: it showed the refusal and the meeting itself, so no notification.
    expect(await notificationIds()).toEqual([]);

    const requests = createMeetingRequests();
    expect(requests).toHaveLength(2);
    const [refused, accepted] = requests as [(typeof requests)[0], (typeof requests)[0]];
    expect(refused.body).toMatch(/<att:role>HOST<\/att:role>/);
    expect(accepted.xsdValid, accepted.xsdErrors.join('\n')).toBe(true);
    expect(xmlText(accepted.body, 'confName')).toBe(topic);
    expect(xmlText(accepted.body, 'meetingPassword')).toBe(password);
    expect(accepted.body).not.toMatch(/<att:role>HOST<\/att:role>/);
    const [meeting] = ctx.sandbox.state('acme').meetings;
    expect(meeting?.confName).toBe(topic);
    expect(meeting?.attendees.map(({ email, role }) => [email, role])).toEqual([
      ['carol@example.com', 'ATTENDEE'],
      ['dave@example.com', 'ATTENDEE'],
    ]);

    const number = await page.getByTestId('meeting-number').textContent();
    expect(number).toMatch(/^\d{3} \d{3} \d{3}$/);
    expect(number?.replace(/ /g, '')).toBe(meeting?.meetingKey);
    expect(await page.getByTestId('meeting-password').textContent()).toBe(password);
    expect(await card.locator('.join-link a').getAttribute('href')).toMatch(
      /^https:\/\/acme\.webex\.com\//,
    );
    await screenshots(page, 'success');
    await expectAccessible(page, 'success');

    await page.bringToFront();
    await card.getByRole('button', { name: 'Copy invitation' }).click();
    await card.getByRole('button', { name: 'Copied' }).waitFor();
    const invitation = await readClipboard();
    expect(invitation).toContain(`Topic: ${topic}`);
    expect(invitation).toContain(`Meeting number: ${number}`);
    expect(invitation).toContain(`Password: ${password}`);
    expect(invitation).toMatch(/Join: https:\/\/acme\.webex\.com\/\S+/);
    expect(invitation).toMatch(/When: .+ \(UTC\+0[12]:00\) Europe\/Berlin\n/);

    // Every calendar entry on the card too: the file, Google Calendar and Outlook on the web.
    const calendar = card.getByRole('group', { name: 'Add to calendar' });
    for (const name of ['Google Calendar', 'Outlook on the web']) {
      const web = new URL((await calendar.getByRole('link', { name }).getAttribute('href'))!);
      expect(web.protocol).toBe('https:');
      const fields = [...web.searchParams.values()];
      expect(fields).toContain(topic);
      expect(fields.join('\n')).toContain(`${number}`);
      expect(fields.join('\n')).not.toContain(password);
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      calendar.getByRole('link', { name: 'Calendar file (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("Plan &' review 🎉.ics");
    const ics = await readFile((await download.path())!, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Plan <&>"\' review 🎉\r\n');
    // A calendar entry never holds the password (lib/meetings/calendar-links.ts).
    expect(unfolded).toContain('\\nPassword: in the invitation');
    expect(unfolded).not.toContain(password);
    expect(unfolded).toContain('\r\nTRIGGER:-PT10M\r\n');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('makes one meeting from a double click', async () => {
    const page = await signedInPopup();
    ctx.sandbox.faults.inject({ kind: 'latency', ms: 800, operation: 'CreateMeeting' });
    await fillSchedule(page, { topic: 'Double click' });
    const submit = page.getByRole('button', { name: 'Schedule meeting' });
    await submit.dblclick();
    await page.getByRole('button', { name: 'Scheduling…' }).waitFor();
    expect(await page.getByRole('button', { name: 'Scheduling…' }).isDisabled()).toBe(true);
    await page.locator('.scheduled-card').waitFor();
    expect(createMeetingRequests()).toHaveLength(1);
    expect(ctx.sandbox.state('acme').meetings).toHaveLength(1);
  });

  it('finishes a schedule that was under way when the popup closed', async () => {
    let page = await signedInPopup();
    ctx.sandbox.faults.inject({ kind: 'latency', ms: 1500, operation: 'CreateMeeting' });
    await fillSchedule(page, { topic: 'Closed mid-request' });
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.getByRole('button', { name: 'Scheduling…' }).waitFor();
    await page.getByText('You may close this popup').waitFor();
    await page.close();

    // Reopened while WebEx is still working: the same job is awaited, the form as it was sent.
    page = await openPopup();
    // The form as sent comes back once its restore code has loaded, just after the first paint.
    await expect
      .poll(() => page.getByLabel('Topic').inputValue(), { timeout: 10_000 })
      .toBe('Closed mid-request');
    await page.locator('.scheduled-card').waitFor();
    expect(await page.locator('.card-topic').textContent()).toBe('Closed mid-request');
    expect(createMeetingRequests()).toHaveLength(1);
    // Open again when WebEx answered: the popup shows it, no notification.
    expect(await notificationIds()).toEqual([]);
  });

  it('asks for the password when the ticket expired, keeps the form, then schedules; stores no password', async () => {
    const page = await signedInPopup();
    await fillSchedule(page, { topic: 'After the break', invitees: 'carol@example.com' });
    await page.getByRole('radio', { name: 'Set time' }).check();
    const startAt = await page.getByLabel('Date and time').inputValue();
    ctx.sandbox.clock.advance(TICKET_LIFETIME_MS + 1000);
    await page.getByRole('button', { name: 'Schedule meeting' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The form behind the prompt is exactly as the host filled it.
    expect(await page.getByLabel('Topic').inputValue()).toBe('After the break');
    expect(await page.getByLabel('Invite (email addresses)').inputValue()).toBe(
      'carol@example.com',
    );
    expect(await page.getByLabel('Date and time').inputValue()).toBe(startAt);
    await screenshots(page, 'password-prompt');
    await expectAccessible(page, 'password prompt');
    await dialog.getByLabel('Password').fill(ALICE.password);
    await dialog.getByRole('button', { name: 'Continue' }).click();

    await page.locator('.scheduled-card').waitFor();
    const accepted = createMeetingRequests().at(-1)!;
    expect(accepted.xsdValid, accepted.xsdErrors.join('\n')).toBe(true);
    expect(xmlText(accepted.body, 'confName')).toBe('After the break');
    expect(xmlText(accepted.body, 'email')).toBe('carol@example.com');
    const [meeting] = ctx.sandbox.state('acme').meetings;
    expect(meeting?.startsAt).toBe(parseLocalDateTime(startAt, 'Europe/Berlin'));
    expect(ctx.sandbox.state('acme').meetings).toHaveLength(1);

    const stored = JSON.stringify([
      await readAllStorage(ctx.extension),
      await page.evaluate(() => [{ ...localStorage }, { ...sessionStorage }]),
    ]);
    for (const host of [ALICE, BOB]) expect(stored).not.toContain(host.password);
  });
});
