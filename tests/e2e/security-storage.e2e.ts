import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readAllStorage, sendProtocolMessage, signInThroughOptions } from './flows';
import { saveScreenshot } from './harness';
import { ALICE, storedText, useAccount } from './account/support';
import { asContentScript } from './security/content-script';

// Issue 15, item 3: what a content script in a webex.com page can read and rewrite in storage.
const ctx = useAccount();
const SITE = 'https://acme.webex.com';
const SITE_TABS = `${SITE}/*`;
const EVIL = 'https://evil.example.test/acme/j.php?MTID=stolen';

interface Secrets {
  page: Page;
  ticket: string;
  meetingKey: string;
  password: string;
  joinUrl: string;
}

/** Signed in with "Keep me signed in", one meeting scheduled, a webex.com page open. */
async function keptAccountWithMeeting(): Promise<Secrets> {
  const page = await signInThroughOptions(ctx.extension, { ...ALICE, keepSignedIn: true });
  const scheduled = await sendProtocolMessage(page, 'scheduleMeeting', {
    requestId: 'e2e-secrets',
    request: {
      topic: 'Board meeting',
      startsAt: Date.now() + 3_600_000,
      timeZone: 'Europe/Berlin',
      durationMinutes: 30,
      invitees: [],
      meetingPassword: 'Quiet7Harbor',
    },
  });
  if (!scheduled.ok || !scheduled.value.meeting) throw new Error('schedule failed');
  const { meetingKey, meetingPassword, joinUrl } = scheduled.value.meeting;
  const body = ctx.sandbox.requests.find((r) => r.operation === 'CreateMeeting')?.body ?? '';
  const ticket = /<com:sessionTicket>([^<]+)<\/com:sessionTicket>/.exec(body)?.[1];
  if (!ticket || !meetingPassword || !joinUrl) throw new Error('missing a secret to look for');
  const webexPage = await ctx.extension.context.newPage();
  await webexPage.goto(`${SITE}/acme/backurl-test.html`);
  return { page, ticket, meetingKey, password: meetingPassword, joinUrl };
}

describe('secrets in storage, seen from a content script on a webex.com page', () => {
  it('finds no ticket, meeting password or join link in clear, and no session storage or key', async () => {
    const secrets = await keptAccountWithMeeting();
    const seen = await asContentScript(ctx.extension, SITE_TABS);

    expect(seen.origin).toBe(SITE);
    const text = JSON.stringify(seen.local);
    expect(Object.keys(seen.local)).toEqual(
      expect.arrayContaining(['account.sealed', 'meetings.recent.sealed']),
    );
    expect(text).not.toContain(secrets.ticket);
    expect(text).not.toContain(secrets.password);
    expect(text).not.toContain(secrets.joinUrl);
    expect(text).not.toContain('sessionTicket');
    expect(seen.session).not.toBe('readable');
    expect(seen.databases).not.toContain('webex-host-helper.secrets');

    // The extension itself still has all three.
    const listed = await sendProtocolMessage(secrets.page, 'listMeetings');
    expect(
      listed.ok && listed.value.find((m) => m.meetingKey === secrets.meetingKey),
    ).toMatchObject({ meetingPassword: secrets.password, joinUrl: secrets.joinUrl });
    expect(storedText(await readAllStorage(ctx.extension))).not.toContain(ALICE.password);
  });

  it('a join link rewritten from there is never served: Recent asks WebEx for the real one', async () => {
    const secrets = await keptAccountWithMeeting();
    const { local } = await asContentScript(ctx.extension, SITE_TABS);
    const box = local['meetings.recent.sealed'] as { data: string };
    const forged = [
      {
        meetingKey: secrets.meetingKey,
        topic: 'Board meeting',
        startsAt: Date.now() + 3_600_000,
        durationMinutes: 30,
        timeZoneId: 25,
        meetingPassword: 'attacker',
        joinUrl: EVIL,
        owner: { siteOrigin: SITE, webExId: 'alice' },
        requestId: 'forged',
        scheduledAt: Date.now(),
      },
    ];
    // A plain list where the sealed one was, the same under the old plain key, and a box
    // with its ciphertext changed: none may come back as the host's meetings.
    for (const writes of [
      { 'meetings.recent.sealed': forged, 'meetings.recent': forged },
      { 'meetings.recent.sealed': { ...box, data: `${box.data.slice(0, -8)}AAAAAAA=` } },
    ]) {
      await asContentScript(ctx.extension, SITE_TABS, writes);
      const listed = await sendProtocolMessage(secrets.page, 'listMeetings');
      expect(listed.ok).toBe(true);
      expect(JSON.stringify(listed)).not.toContain(EVIL);
      expect(JSON.stringify(listed)).not.toContain('attacker');
    }

    const popup = await ctx.extension.openPopup();
    await popup.getByRole('tab', { name: 'Recent' }).click();
    const row = popup.locator('.meeting-row', { hasText: 'Board meeting' });
    await row.waitFor();
    await saveScreenshot(popup, 'security-recent-after-rewrite');
    const asked = ctx.sandbox.requests.filter((r) => r.operation === 'GetjoinurlMeeting').length;
    await row.getByRole('button', { name: 'More' }).click();
    const [joinTab] = await Promise.all([
      ctx.extension.context.waitForEvent('page'),
      row.getByRole('button', { name: 'Join', exact: true }).click(),
    ]);
    await joinTab.waitForLoadState();
    expect(new URL(joinTab.url()).origin).toBe(SITE);
    expect(joinTab.url()).toContain(`MK=${secrets.meetingKey}`);
    expect(ctx.sandbox.requests.filter((r) => r.operation === 'GetjoinurlMeeting')).toHaveLength(
      asked + 1,
    );
  });

  it('a kept ticket rewritten from there signs the host out, with a message, never trusted', async () => {
    const secrets = await keptAccountWithMeeting();
    const { local } = await asContentScript(ctx.extension, SITE_TABS);
    const box = local['account.sealed'] as { iv: string; data: string };
    const plain = {
      session: {
        site: { name: 'acme', origin: SITE },
        webExId: 'mallory',
        sessionTicket: 'forged-ticket',
        expiresAt: Date.now() + 3_600_000,
      },
      profile: { webExId: 'mallory', firstName: 'M', lastName: 'M', email: '', meetingTypes: [] },
    };
    await asContentScript(ctx.extension, SITE_TABS, { 'account.sealed': plain, account: plain });
    expect(await sendProtocolMessage(secrets.page, 'getAccount')).toMatchObject({
      ok: true,
      value: { signedIn: false, keptTicketRefused: true },
    });
    // The host's own box with one IV bit changed: it does not open either.
    await asContentScript(ctx.extension, SITE_TABS, {
      'account.sealed': { ...box, iv: box.iv.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) },
    });
    expect(await sendProtocolMessage(secrets.page, 'listMeetings')).toMatchObject({ ok: false });
    expect(ctx.sandbox.requests.some((r) => r.body.includes('forged-ticket'))).toBe(false);

    const popup = await ctx.extension.openPopup();
    const notice = popup.getByTestId('kept-ticket-refused');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('could not be verified');
    await saveScreenshot(popup, 'security-kept-ticket-refused');
  });
});
