import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../lib/meetings/start-time';
import { startSandbox, type Sandbox } from '../sandbox/index.ts';
import { readAllStorage, signInThroughPopup, type Credentials } from './flows';
import { launchExtension, saveScreenshot, type ExtensionHarness } from './harness';

// The host's zone (Chromium reads TZ): alice's WebEx zone, so times read as she expects.
process.env.TZ = 'Europe/Berlin';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource = '';
const ALICE: Credentials = { site: 'acme', webExId: 'alice', password: 'correct-horse-1' };
const BOB: Credentials = { site: 'acme', webExId: 'bob', password: 'battery-staple-2' };
const TICKET_LIFETIME_MS = 5400 * 1000;
const SITE = 'https://acme.webex.com';

let sandbox: Sandbox;
let extension: ExtensionHarness;

beforeAll(async () => {
  // The real clock: session tickets age as the extension's own clock says.
  axeSource = await readFile(AXE, 'utf8');
  sandbox = await startSandbox({ port: 0, clock: 'real' });
  // E2E_EXTENSION_DIR: a private copy of the build, when other builds may replace .output meanwhile.
  extension = await launchExtension({
    sandboxPort: sandbox.port,
    extensionDir: process.env.E2E_EXTENSION_DIR,
  });
  // Extension origins cannot be granted permissions: the clipboard is read back from the site.
  await extension.context.grantPermissions(['clipboard-read'], { origin: SITE });
});

beforeEach(async () => {
  sandbox.reset();
  await clearNotifications();
  // A popup left open by an earlier test would receive answers meant for a closed one.
  for (const page of extension.context.pages()) await page.close();
  const page = await openPopup();
  const signOut = page.getByRole('button', { name: 'Sign out' });
  if (await signOut.isVisible()) {
    await signOut.click();
    await page.getByLabel('WebEx site').waitFor();
  }
  await page.close();
});

afterAll(async () => {
  await extension?.close();
  await sandbox?.close();
});

// --- helpers ------------------------------------------------------------------------------

/** The popup, once it shows the schedule form, a scheduled meeting or the sign-in form. */
async function openPopup(): Promise<Page> {
  const page = await extension.openPopup();
  await page.locator('form[data-ready], .scheduled-card, input[name="password"]').first().waitFor();
  return page;
}

interface StoredJob {
  requestId: string;
  state: string;
  request: { topic: string };
  meeting?: { meetingKey: string };
}

/** The background's last schedule job, as it stored it. */
async function lastJob(): Promise<StoredJob | undefined> {
  return extension.serviceWorker.evaluate(async () => {
    const { storage } = (
      globalThis as unknown as {
        chrome: {
          storage: { session: { get(key: string): Promise<Record<string, StoredJob>> } };
        };
      }
    ).chrome;
    const key = 'meetings.lastScheduleJob';
    return (await storage.session.get(key))[key];
  });
}

async function lastJobState(): Promise<string | undefined> {
  return (await lastJob())?.state;
}

interface NotificationsApi {
  chrome: {
    notifications: {
      getAll(): Promise<Record<string, boolean>>;
      clear(id: string): Promise<boolean>;
    };
  };
}

/** The ids of the extension's notifications that are showing, as the browser reports them. */
async function notificationIds(): Promise<string[]> {
  return extension.serviceWorker.evaluate(async () =>
    Object.keys(await (globalThis as unknown as NotificationsApi).chrome.notifications.getAll()),
  );
}

async function clearNotifications(): Promise<void> {
  await extension.serviceWorker.evaluate(async () => {
    const { notifications } = (globalThis as unknown as NotificationsApi).chrome;
    for (const id of Object.keys(await notifications.getAll())) await notifications.clear(id);
  });
}

async function signIn(page: Page, host: Credentials) {
  await signInThroughPopup(page, host);
  await page.locator('form[data-ready]').waitFor();
}

async function signedInPopup(host: Credentials = ALICE): Promise<Page> {
  const page = await openPopup();
  await signIn(page, host);
  return page;
}

/** axe-core finds nothing, in light and in dark. */
async function expectAccessible(page: Page, view: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Evaluated rather than added as a <script>: the extension's CSP refuses inline scripts.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run()).violations;
    });
    expect(violations, `${view} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** A screenshot of the view in light and in dark, for a person to look at. */
async function screenshots(page: Page, view: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await saveScreenshot(page, `popup-${view}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function readClipboard(): Promise<string> {
  const page = await extension.context.newPage();
  await page.goto(`${SITE}/acme/backurl-test.html`);
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await page.close();
  return text;
}

interface TabWatch {
  tabUrls: string[];
  chrome: {
    tabs: Record<
      'onCreated' | 'onUpdated',
      { addListener(listener: (...args: never[]) => void): void }
    >;
  };
}

/**
 * Records every URL the background's new tabs load. A tab's first navigation happens before
 * Playwright attaches to it, so its own events would miss the ticket link.
 */
async function watchTabUrls() {
  await extension.serviceWorker.evaluate(() => {
    const worker = globalThis as unknown as TabWatch;
    worker.tabUrls = [];
    worker.chrome.tabs.onCreated.addListener((tab: { pendingUrl?: string; url?: string }) => {
      worker.tabUrls.push(tab.pendingUrl ?? tab.url ?? '');
    });
    worker.chrome.tabs.onUpdated.addListener((_id: number, change: { url?: string }) => {
      if (change.url) worker.tabUrls.push(change.url);
    });
  });
}

async function watchedTabUrls(): Promise<string[]> {
  return extension.serviceWorker.evaluate(() => (globalThis as unknown as TabWatch).tabUrls);
}

function createMeetingRequests() {
  return sandbox.requests.filter((request) => request.operation === 'CreateMeeting');
}

function xmlText(body: string, localName: string): string | undefined {
  const match = new RegExp(`<(?:\\w+:)?${localName}>([^<]*)</(?:\\w+:)?${localName}>`).exec(body);
  return match?.[1]
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

async function fillSchedule(
  page: Page,
  fields: { topic: string; invitees?: string; alternateHost?: string },
) {
  await page.getByLabel('Topic').fill(fields.topic);
  if (fields.invitees) await page.getByLabel('Invite (email addresses)').fill(fields.invitees);
  if (fields.alternateHost)
    await page.getByLabel('Alternate host (email)').fill(fields.alternateHost);
}

// --- tests --------------------------------------------------------------------------------

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
    const [meeting] = sandbox.state('acme').meetings;
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
    expect(invitation).toMatch(/When: .+ Central European (Standard|Summer) Time/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'Add to calendar' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('plan-review.ics');
    const ics = await readFile((await download.path())!, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Plan <&>"\' review 🎉\r\n');
    expect(unfolded).toContain(`\\nPassword: ${password}`);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('makes one meeting from a double click', async () => {
    const page = await signedInPopup();
    sandbox.faults.inject({ kind: 'latency', ms: 800, operation: 'CreateMeeting' });
    await fillSchedule(page, { topic: 'Double click' });
    const submit = page.getByRole('button', { name: 'Schedule meeting' });
    await submit.dblclick();
    await page.getByRole('button', { name: 'Scheduling…' }).waitFor();
    expect(await page.getByRole('button', { name: 'Scheduling…' }).isDisabled()).toBe(true);
    await page.locator('.scheduled-card').waitFor();
    expect(createMeetingRequests()).toHaveLength(1);
    expect(sandbox.state('acme').meetings).toHaveLength(1);
  });

  it('shows an empty Recent list, then loads it by keyboard', async () => {
    const page = await signedInPopup(BOB);
    await page.getByRole('tab', { name: 'Schedule' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Recent' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Recent');
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

  it('finishes a schedule that was under way when the popup closed', async () => {
    let page = await signedInPopup();
    sandbox.faults.inject({ kind: 'latency', ms: 1500, operation: 'CreateMeeting' });
    await fillSchedule(page, { topic: 'Closed mid-request' });
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.getByRole('button', { name: 'Scheduling…' }).waitFor();
    await page.close();

    // Reopened while WebEx is still working: the same job is awaited, the form as it was sent.
    page = await openPopup();
    expect(await page.getByLabel('Topic').inputValue()).toBe('Closed mid-request');
    await page.locator('.scheduled-card').waitFor();
    expect(await page.locator('.card-topic').textContent()).toBe('Closed mid-request');
    expect(createMeetingRequests()).toHaveLength(1);
    // Open again when WebEx answered: the popup shows it, no notification.
    expect(await notificationIds()).toEqual([]);
  });

  it('shows a schedule that finished while the popup was closed, lists it in Recent and starts it with a ticket link', async () => {
    let page = await signedInPopup();
    sandbox.faults.inject({ kind: 'latency', ms: 1000, operation: 'CreateMeeting' });
    await fillSchedule(page, { topic: 'Finished while closed' });
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.getByRole('button', { name: 'Scheduling…' }).waitFor();
    await page.close();

    await expect.poll(lastJobState, { timeout: 10_000 }).toBe('done');
    // No popup could show the answer: the background announced it, for this job's meeting.
    const job = await lastJob();
    expect(job?.request.topic).toBe('Finished while closed');
    expect(job?.meeting?.meetingKey).toBe(sandbox.state('acme').meetings[0]?.meetingKey);
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
      extension.context.waitForEvent('page'),
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
    const [meeting] = sandbox.state('acme').meetings;
    const key = meeting!.meetingKey;
    expect(key).toMatch(/^\d{9}$/);

    await page.getByRole('tab', { name: 'Recent' }).click();
    const row = page.locator('.meeting-row', { hasText: topic });
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
    const [meeting] = sandbox.state('acme').meetings;

    // WebEx fails once: the list says so and offers to try again.
    sandbox.faults.inject({ kind: 'http500', operation: 'LstsummaryMeeting' });
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

    const [joinTab] = await Promise.all([
      extension.context.waitForEvent('page'),
      row.getByRole('button', { name: 'Join' }).click(),
    ]);
    await joinTab.waitForLoadState();
    expect(joinTab.url()).toContain(`MK=${meeting?.meetingKey}`);
    await joinTab.close();

    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    await row.getByRole('button', { name: 'Keep it' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');
    await expectAccessible(page, 'delete confirmation');
    await row.getByRole('button', { name: 'Delete meeting' }).click();
    await row.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('recent-title');
    await page.getByText('Deleted “To be deleted”.').waitFor({ state: 'attached' });
    expect(sandbox.state('acme').meetings).toHaveLength(0);
    expect(sandbox.requests.some((request) => request.operation === 'DelMeeting')).toBe(true);
  });

  it('asks for the password when the ticket expired, keeps the form, then schedules; stores no password', async () => {
    const page = await signedInPopup();
    await fillSchedule(page, { topic: 'After the break', invitees: 'carol@example.com' });
    await page.getByRole('radio', { name: 'Set time' }).check();
    const startAt = await page.getByLabel('Date and time').inputValue();
    sandbox.clock.advance(TICKET_LIFETIME_MS + 1000);
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
    const [meeting] = sandbox.state('acme').meetings;
    expect(meeting?.startsAt).toBe(parseLocalDateTime(startAt, 'Europe/Berlin'));
    expect(sandbox.state('acme').meetings).toHaveLength(1);

    const stored = JSON.stringify([
      await readAllStorage(extension),
      await page.evaluate(() => [{ ...localStorage }, { ...sessionStorage }]),
    ]);
    for (const host of [ALICE, BOB]) expect(stored).not.toContain(host.password);
  });

  it('loads the Decode tab only when opened', async () => {
    const page = await extension.openPopup();
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(request.url()));
    await page.reload();
    await page.locator('form[data-ready], input[name="password"]').first().waitFor();
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
