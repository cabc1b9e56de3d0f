import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SANDBOX_REST_ACCOUNTS } from '../sandbox/accounts.ts';
import type { RecordedRestRequest } from '../sandbox/types.ts';
import { expectAccessible } from './accessibility';
import {
  screenshotsBoth,
  signedInThroughWebex,
  signedOutPopup,
  signInWithToken,
  useRestUi,
} from './rest-ui/support';

// Meetings on a REST account in the production build against the sandbox's webexapis.com:
// scheduling with an invitee and an alternate host, Recent's Start, Join and Delete, a token
// renewed without the host, and an ended meeting. Sign-in itself is in rest-sign-in.e2e.ts and
// rest-webex-window.e2e.ts.
const GINA = SANDBOX_REST_ACCOUNTS.gina;
// The host's zone (Chromium reads TZ at launch): gina's Webex zone, so the form's zone is not UTC.
process.env.TZ = 'Europe/Berlin';
const ctx = useRestUi();

const INVITEE = 'carol@example.com';
const ALTERNATE_HOST = 'dave@example.com';

/** Every `POST /meetings` the stand-in received, refused ones included. */
const creates = (): RecordedRestRequest[] =>
  ctx.sandbox.rest.requests.filter((r) => r.method === 'POST' && r.path === '/meetings');

/** Every token the stand-in issued: personal, access and refresh. */
const issuedTokens = () => ctx.sandbox.rest.state.tokens.map((token) => token.token);

/** The stand-in's meeting with this title (exactly one). */
function meetingTitled(title: string) {
  const found = ctx.sandbox.rest.state.meetings.filter((meeting) => meeting.title === title);
  expect(found, `meetings titled "${title}"`).toHaveLength(1);
  return found[0]!;
}

/** Fills the form with `topic`, the invitee and the alternate host, and schedules. */
async function scheduleWithGuests(page: Page, topic: string) {
  await page.getByLabel('Topic').fill(topic);
  await page.getByLabel('Invite (email addresses)').fill(INVITEE);
  await page.getByLabel('Alternate host (email)').fill(ALTERNATE_HOST);
  await page.getByRole('button', { name: 'Schedule meeting' }).click();
}

/**
 * The one successful create's body: the invitee plain, the alternate host as `coHost`, the
 * host's IANA zone beside an offset start.
 */
function expectCreateWithGuests(topic: string) {
  const made = creates().filter((r) => r.status < 300);
  expect(made).toHaveLength(1);
  const body = JSON.parse(made[0]!.body) as Record<string, unknown>;
  expect(body.title).toBe(topic);
  expect(body.invitees).toEqual([{ email: INVITEE }, { email: ALTERNATE_HOST, coHost: true }]);
  expect(body.timezone).toBe('Europe/Berlin');
  expect(body.start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00$/);
  const meeting = meetingTitled(topic);
  expect(meeting.invitees.map(({ email, coHost }) => [email, coHost])).toEqual([
    [INVITEE, false],
    [ALTERNATE_HOST, true],
  ]);
  return { meeting, answer: JSON.parse(made[0]!.answer) as { webLink: string } };
}

/** Opens Recent and answers the row of the meeting titled `topic`. */
async function recentRow(page: Page, topic: string) {
  await page.getByRole('tab', { name: 'Recent' }).click();
  const row = page.locator('.meeting-row', { hasText: topic });
  await row.waitFor();
  return row;
}

/** Clicks and answers the tab that opens, once it is on an address. */
async function tabOpenedBy(click: () => Promise<void>): Promise<Page> {
  const opened = ctx.extension.context.waitForEvent('page');
  await click();
  const tab = await opened;
  await tab.waitForURL(/^https:/);
  return tab;
}

describe('scheduling on a REST account', () => {
  it('with a personal token: the invitee, the alternate host as coHost and the IANA zone reach Webex; the card shows number, password and join link; Recent joins and deletes', async () => {
    const page = await signedOutPopup();
    await signInWithToken(page, GINA);
    await scheduleWithGuests(page, 'Budget review');
    const card = page.locator('.scheduled-card');
    await card.waitFor();
    const { meeting, answer } = expectCreateWithGuests('Budget review');

    const number = await page.getByTestId('meeting-number').innerText();
    expect(number.replace(/ /g, '')).toBe(meeting.meetingNumber);
    expect(await page.getByTestId('meeting-password').innerText()).toBe(meeting.password);
    const joinLink = await card.locator('.join-link a').getAttribute('href');
    expect(joinLink).toBe(answer.webLink);
    expect(new URL(joinLink!).host).toBe('acme.webex.com');
    await screenshotsBoth(page, 'rest-scheduled-card');
    await expectAccessible(page, 'popup, REST scheduled card');

    const row = await recentRow(page, 'Budget review');
    expect(await row.locator('.meeting-number').innerText()).toBe(number);
    await screenshotsBoth(page, 'rest-recent');
    await expectAccessible(page, 'popup, REST Recent list');

    await row.getByRole('button', { name: 'More' }).click();
    const joinTab = await tabOpenedBy(() =>
      row.getByRole('button', { name: 'Join', exact: true }).click(),
    );
    expect(joinTab.url()).toBe(joinLink);
    await joinTab.close();

    await page.bringToFront();
    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    await row.getByRole('button', { name: 'Keep it' }).waitFor();
    // Asked in the popup: nothing is deleted before the host confirms.
    expect(ctx.sandbox.rest.state.meetings.map((m) => m.id)).toContain(meeting.id);
    await row.getByRole('button', { name: 'Delete meeting' }).click();
    await row.waitFor({ state: 'detached' });
    await page.getByText('Deleted “Budget review”.').waitFor({ state: 'attached' });
    expect(ctx.sandbox.rest.state.meetings.map((m) => m.id)).not.toContain(meeting.id);
    expect(
      ctx.sandbox.rest.requests.filter((r) => r.method === 'DELETE').map((r) => r.status),
    ).toEqual([204]);
  });

  it("through Webex's window: the same request; Recent's Start opens the start link on the site, with no token in it", async () => {
    const page = await signedInThroughWebex(GINA);
    await scheduleWithGuests(page, 'Roadmap sync');
    await page.locator('.scheduled-card').waitFor();
    expectCreateWithGuests('Roadmap sync');

    const row = await recentRow(page, 'Roadmap sync');
    const tab = await tabOpenedBy(() => row.getByRole('button', { name: 'Start' }).click());
    // The start link is asked at the click, not before (the card's link is the webLink).
    const links = ctx.sandbox.rest.requests.filter(
      (r) => r.method === 'POST' && r.path === '/meetings/join',
    );
    expect(links.map((r) => r.status)).toEqual([200]);
    const { startLink } = JSON.parse(links[0]!.answer) as { startLink: string };
    expect(tab.url()).toBe(startLink);
    const address = new URL(tab.url());
    expect(address.protocol).toBe('https:');
    expect(address.host).toBe('acme.webex.com');
    for (const token of issuedTokens()) expect(tab.url()).not.toContain(token);
    expect(tab.url()).not.toMatch(/access_token|Bearer/i);
    await tab.getByRole('heading', { name: /^You started/ }).waitFor();
    expect(meetingTitled('Roadmap sync').state).toBe('inProgress');
  });
});

/** The `GET /authorize` exchanges with `prompt=none` (silent renewals) since `from`. */
const silentAuthorizes = (from: number) =>
  ctx.sandbox.rest.requests
    .slice(from)
    .filter(
      (r) => r.path === '/authorize' && new URLSearchParams(r.query).get('prompt') === 'none',
    );

describe('an access token that has run out', () => {
  it('is renewed without the host while the Webex session lives: one meeting, no dialog', async () => {
    const page = await signedInThroughWebex(GINA);
    const from = ctx.sandbox.rest.requests.length;
    ctx.sandbox.faults.inject({ kind: 'rest-expired-token', operation: 'POST /meetings' });
    await page.getByLabel('Topic').fill('Renewed quietly');
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.locator('.scheduled-card').waitFor();
    expect(await page.locator('.card-topic').innerText()).toBe('Renewed quietly');
    expect(await page.getByRole('dialog').count()).toBe(0);
    // Refused once (401), renewed by prompt=none, sent again: one meeting.
    expect(creates().map((r) => r.status)).toEqual([401, 200]);
    meetingTitled('Renewed quietly');
    const silent = silentAuthorizes(from);
    expect(silent).toHaveLength(1);
    expect(silent[0]!.headers.Location).toMatch(/#access_token=/);
  });

  it('with no Webex session (login_required), the "Sign in with Webex again" dialog opens over the form as typed', async () => {
    const page = await signedInThroughWebex(GINA);
    // Signed out of Webex in this browser: prompt=none can only answer login_required.
    await ctx.extension.context.clearCookies();
    const from = ctx.sandbox.rest.requests.length;
    ctx.sandbox.faults.inject({ kind: 'rest-expired-token', operation: 'POST /meetings' });
    await page.getByLabel('Topic').fill('Needs the host');
    await page.getByLabel('Invite (email addresses)').fill(INVITEE);
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Sign in with Webex again' }).waitFor();
    expect(await dialog.getByRole('heading').innerText()).toBe('Your Webex sign-in has ended');
    const silent = silentAuthorizes(from);
    expect(silent).toHaveLength(1);
    expect(silent[0]!.headers.Location).toMatch(/[#&?]error=login_required/);
    expect(creates().map((r) => r.status)).toEqual([401]);
    expect(ctx.sandbox.rest.state.meetings).toEqual([]);
    // The form under the dialog is as the host typed it.
    expect(await page.locator('#topic').inputValue()).toBe('Needs the host');
    expect(await page.locator('#invitees').inputValue()).toBe(INVITEE);
  });
});

describe('a meeting that has ended', () => {
  it('is listed under Earlier as Ended, with no Start, Join or Delete', async () => {
    const page = await signedOutPopup();
    await signInWithToken(page, GINA);
    await page.getByLabel('Topic').fill('Already over');
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.locator('.scheduled-card').waitFor();
    // It ran an hour ago: REST lists it among the last 7 days' ended meetings.
    const meeting = meetingTitled('Already over');
    const hour = 3_600_000;
    Object.assign(meeting, {
      start: Date.now() - 2 * hour,
      end: Date.now() - hour,
      state: 'ended',
    });

    const row = await recentRow(page, 'Already over');
    const earlier = page.locator('.meeting-group', {
      has: page.getByRole('heading', { name: 'Earlier', exact: true }),
    });
    expect(await earlier.locator('.meeting-row').allInnerTexts()).toEqual([
      expect.stringContaining('Already over'),
    ]);
    expect(await row.locator('.badge.ended').innerText()).toBe('Ended');
    expect(await row.getByRole('button', { name: 'Start' }).count()).toBe(0);
    expect(await row.getByRole('button', { name: 'Rejoin' }).count()).toBe(0);
    await row.getByRole('button', { name: 'More' }).click();
    await row.getByRole('button', { name: 'Copy meeting number' }).waitFor();
    expect(await row.getByRole('button', { name: 'Join', exact: true }).count()).toBe(0);
    expect(await row.getByRole('button', { name: 'Delete', exact: true }).count()).toBe(0);
    await screenshotsBoth(page, 'rest-recent-ended');
    await expectAccessible(page, 'popup, REST Recent with an ended meeting');
    const listed = ctx.sandbox.rest.requests.filter(
      (r) =>
        r.method === 'GET' &&
        r.path === '/meetings' &&
        new URLSearchParams(r.query).get('state') === 'ended',
    );
    expect(listed.length).toBeGreaterThan(0);
  });
});
