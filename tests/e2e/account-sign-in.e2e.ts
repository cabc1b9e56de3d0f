import { describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { readAllStorage, sendProtocolMessage, signInForm, signInThroughOptions } from './flows';
import { saveScreenshot } from './harness';
import {
  ALICE,
  ERIN,
  FRAN,
  TICKET_LIFETIME_MS,
  openSignedOutOptions,
  storedText,
  trySignIn,
  useAccount,
} from './account/support';

// Signing in and out in the options page: what WebEx is asked, what is stored, what a host reads.
const ctx = useAccount();

describe('account in the options page', () => {
  it('signs in with AuthenticateUser then GetUser; the ticket is in session storage, the password nowhere', async () => {
    const page = await signInThroughOptions(ctx.extension, ALICE);
    await expect
      .poll(() => page.locator('.options-who').innerText())
      .toBe('Signed in as Alice Archer (alice) on acme.webex.com');
    // LstMeetingType: the names and limits of the host's meeting types, kept with the profile.
    expect(ctx.sandbox.requests.map((r) => r.operation)).toEqual([
      'AuthenticateUser',
      'GetUser',
      'LstMeetingType',
    ]);
    expect(ctx.sandbox.requests.every((r) => r.xsdValid)).toBe(true);

    const areas = await readAllStorage(ctx.extension);
    expect(areas.session.account).toMatchObject({
      session: { webExId: 'alice', sessionTicket: expect.any(String) },
    });
    expect(areas.local.account).toBeUndefined();
    expect(areas.local['account.sealed']).toBeUndefined();
    expect(storedText(areas)).not.toContain(ALICE.password);

    await saveScreenshot(page, 'options-signed-in-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'options-signed-in-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expectAccessible(page, 'options, signed in');
  });

  it('"Keep me signed in" keeps the ticket in local storage only, sealed; still no password anywhere', async () => {
    const page = await signInThroughOptions(ctx.extension, { ...ALICE, keepSignedIn: true });
    const areas = await readAllStorage(ctx.extension);
    expect(areas.local['account.sealed']).toEqual({
      sealed: 1,
      iv: expect.any(String),
      data: expect.any(String),
    });
    expect(areas.local.account).toBeUndefined();
    expect(areas.session.account).toBeUndefined();
    expect(storedText(areas)).not.toContain(ALICE.password);
    expect(storedText(areas)).not.toContain('sessionTicket');
    // Sealed, yet the extension opens it: the host is signed in.
    expect(await sendProtocolMessage(page, 'getAccount')).toMatchObject({
      ok: true,
      value: { signedIn: true, keepSignedIn: true },
    });
  });

  it('a wrong password gets a clear message; nothing is stored', async () => {
    const page = await openSignedOutOptions();
    const alert = await trySignIn(page, { ...ALICE, password: 'not-the-password' });
    await expect.poll(() => alert.innerText()).toContain('Wrong WebEx ID or password');
    await expect.poll(() => alert.innerText()).toContain('(030002)');
    await expect
      .poll(() => signInForm(page).getByLabel('Password', { exact: true }).inputValue())
      .toBe('');
    const areas = await readAllStorage(ctx.extension);
    expect(areas.session.account).toBeUndefined();
    expect(storedText(areas)).not.toContain('not-the-password');

    await saveScreenshot(page, 'options-sign-in-error-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'options-sign-in-error-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expectAccessible(page, 'options, sign-in error');
  });

  it('a near-miss of webex.com asks "did you mean" before any permission prompt', async () => {
    const page = await openSignedOutOptions();
    const alert = await trySignIn(page, { ...ALICE, site: 'acme.webex.co' });
    await expect.poll(() => alert.innerText()).toContain('Did you mean acme.webex.com?');
    expect(ctx.sandbox.requests).toEqual([]);
    await saveScreenshot(page, 'options-sign-in-near-miss');
  });

  it('a site whose XML API was switched off says so and what to do', async () => {
    const page = await openSignedOutOptions();
    const alert = await trySignIn(page, ERIN);
    await expect
      .poll(() => alert.innerText())
      .toContain('retired.webex.com no longer answers the WebEx XML API');
    expect(await alert.innerText()).toContain('https://retired.webex.com/retired');
  });

  it('a single-sign-on site says there is no WebEx password and where to go instead; nothing is stored', async () => {
    const page = await openSignedOutOptions();
    const alert = await trySignIn(page, FRAN);
    await expect
      .poll(() => alert.locator('.account-notice-title').innerText())
      .toBe('ci.webex.com signs you in through your organisation (single sign-on)');
    const text = await alert.innerText();
    expect(text).toContain('Your account on this site has no WebEx password');
    expect(text).toContain('your company password will not work here either');
    expect(text).toContain(
      'What to do: Schedule and start your meetings on https://ci.webex.com/ci or in the Webex app',
    );
    expect(text).toContain(
      'WebEx said: “Role not supported: users of this Common Identity site sign in through SSO” (030103)',
    );
    expect(ctx.sandbox.requests.map((r) => [r.site, r.operation])).toEqual([
      ['ci', 'AuthenticateUser'],
    ]);
    // Probably the host's company password: it does not linger in the form.
    expect(await signInForm(page).getByLabel('Password', { exact: true }).inputValue()).toBe('');

    const areas = await readAllStorage(ctx.extension);
    expect(areas.session.account ?? null).toBeNull();
    expect(areas.local.account ?? null).toBeNull();
    expect(storedText(areas)).not.toContain(FRAN.password);
    expect(storedText(areas)).not.toMatch(/sessionTicket/);

    await saveScreenshot(page, 'options-sign-in-sso-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'options-sign-in-sso-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expectAccessible(page, 'options, single sign-on');
  });

  it('signing out removes the ticket and the last job; the meetings kept here wait for the same account', async () => {
    const page = await signInThroughOptions(ctx.extension, { ...ALICE, keepSignedIn: true });
    const scheduled = await sendProtocolMessage(page, 'scheduleMeeting', {
      requestId: 'e2e-sign-out',
      request: {
        topic: 'Before signing out',
        startsAt: Date.now() + 3_600_000,
        timeZone: 'Europe/Berlin',
        durationMinutes: 30,
        meetingPassword: 'Kept4here',
        invitees: [],
      },
    });
    expect(scheduled).toMatchObject({ ok: true, value: { state: 'done' } });
    const password = 'Kept4here';
    const before = await readAllStorage(ctx.extension);
    expect(before.local['meetings.recent.sealed']).toMatchObject({ sealed: 1 });
    expect(before.session['meetings.lastScheduleJob']).toMatchObject({ requestId: 'e2e-sign-out' });

    // Sign out says what it removes and what it keeps.
    const hint = await page.locator('.account-actions .account-hint').innerText();
    expect(hint).toContain('removes your WebEx sign-in ticket');
    expect(hint).toContain('stay on this device, sealed and shown only to alice');
    await page.getByRole('heading', { name: 'Site and account' }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'options-sign-out-choices-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'options-sign-out-choices-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await signInForm(page).waitFor();

    const after = await readAllStorage(ctx.extension);
    expect(after.local.account ?? null).toBeNull();
    expect(after.session.account ?? null).toBeNull();
    expect(after.session['meetings.lastScheduleJob'] ?? null).toBeNull();
    expect(after.local['account.sealed'] ?? null).toBeNull();
    // Kept, sealed: the password is nowhere in clear.
    expect(after.local['meetings.recent.sealed']).toMatchObject({ sealed: 1 });
    expect(storedText(after)).not.toContain(password);
    const ticket = /<com:sessionTicket>([^<]+)<\/com:sessionTicket>/.exec(
      ctx.sandbox.requests.find((r) => r.operation === 'CreateMeeting')?.body ?? '',
    )?.[1];
    expect(ticket).toBeDefined();
    expect(storedText(after)).not.toContain(ticket!);
    // Only the site and WebEx ID remain, to prefill the next sign-in.
    expect(await signInForm(page).getByLabel('WebEx site').inputValue()).toBe('acme');
    expect(await signInForm(page).getByLabel('WebEx ID or email').inputValue()).toBe('alice');
    await saveScreenshot(page, 'options-signed-out-light');
    await expectAccessible(page, 'options, signed out');

    // Signed in again: her meeting comes back with what only this device knew.
    const second = await signInThroughOptions(ctx.extension, ALICE);
    const again = await sendProtocolMessage(second, 'listMeetings');
    expect(again.ok && again.value).toEqual([
      expect.objectContaining({
        topic: 'Before signing out',
        scheduledHere: true,
        meetingPassword: password,
      }),
    ]);

    // "Sign out and forget meetings kept here" removes them too.
    await second.getByRole('button', { name: 'Sign out and forget meetings kept here' }).click();
    await signInForm(second).waitFor();
    const third = await signInThroughOptions(ctx.extension, ALICE);
    const forgotten = await sendProtocolMessage(third, 'listMeetings');
    expect(forgotten.ok && forgotten.value).toEqual([
      expect.objectContaining({ topic: 'Before signing out', scheduledHere: false }),
    ]);
    expect(JSON.stringify(forgotten)).not.toContain('meetingPassword');
  });

  it('after the ticket expired, the next action asks for the password and then carries on', async () => {
    const page = await signInThroughOptions(ctx.extension, ALICE);
    expect(await sendProtocolMessage(page, 'listMeetings')).toMatchObject({ ok: true });

    ctx.sandbox.clock.advance(TICKET_LIFETIME_MS + 1000);
    expect(await sendProtocolMessage(page, 'listMeetings')).toMatchObject({
      ok: false,
      ticketExpired: true,
      error: { exceptionId: '030047' },
    });

    // The options page hears that the session ended and asks for the password in place.
    const prompt = page.getByRole('form', { name: 'Your WebEx session has ended' });
    await prompt.waitFor();
    await saveScreenshot(page, 'options-password-prompt-light');
    await expectAccessible(page, 'options, password prompt');
    await prompt.getByLabel('Password').fill(ALICE.password);
    await prompt.getByRole('button', { name: 'Continue' }).click();
    await prompt.waitFor({ state: 'detached' });

    expect(await sendProtocolMessage(page, 'listMeetings')).toMatchObject({ ok: true });
    expect(ctx.sandbox.requests.map((r) => r.operation)).toEqual([
      'AuthenticateUser',
      'GetUser',
      'LstMeetingType',
      'LstsummaryMeeting',
      'LstsummaryMeeting',
      'AuthenticateUser',
      'GetUser',
      'LstMeetingType',
      'LstsummaryMeeting',
    ]);
    expect(storedText(await readAllStorage(ctx.extension))).not.toContain(ALICE.password);
  });
});
