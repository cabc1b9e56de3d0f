import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNTS } from '../sandbox/accounts';
import { startSandbox, type Sandbox } from '../sandbox/index.ts';
import { messagesFor, type Messages } from '../support/messages';
import { launchExtension, saveScreenshot, type ExtensionHarness, type UiLocale } from './harness';
import { panelText, panelTexts, waitForPanel } from './explainer/closed-panel';
import { overflowingText, panelOverflowingText } from './layout';

// The main flows in the browser's language, found by each locale's own words: sign in,
// schedule with the 040007 fix, an explained result page, Decode. Every view is checked for
// text that spills out of the popup's width or is cut off, and photographed.
process.env.TZ = 'Europe/Berlin';
const SITE = 'https://acme.webex.com';
const TEST_PAGE = `${SITE}/acme/backurl-test.html`;
const ALICE = SANDBOX_ACCOUNTS.alice;

describe.each<UiLocale>(['de', 'ja'])('in %s', (locale) => {
  let sandbox: Sandbox;
  let extension: ExtensionHarness;
  let m: Messages;

  beforeAll(async () => {
    m = await messagesFor(locale);
    sandbox = await startSandbox({ port: 0, clock: 'real' });
    extension = await launchExtension({ sandboxPort: sandbox.port, locale });
  });

  beforeEach(() => sandbox.reset());

  afterAll(async () => {
    await extension?.close();
    await sandbox?.close();
  });

  /** Fails naming each piece of text that overflows or is clipped, then saves a screenshot. */
  async function checkView(page: Page, view: string) {
    expect(await overflowingText(page), `${view} in ${locale}`).toEqual([]);
    await saveScreenshot(page, `${locale}-${view}`);
  }

  /** The WebEx ID form sits under "Older site" (open already after a WebEx ID sign-out). */
  async function showOlderForm(page: Page) {
    await page.getByRole('button', { name: m('signIn.webex.button'), exact: true }).waitFor();
    const site = page.getByLabel(m('signIn.site'));
    if (!(await site.isVisible())) await page.getByText(m('signIn.older.summary')).click();
    await site.waitFor();
  }

  async function signIn(page: Page) {
    await page.getByLabel(m('signIn.site')).fill('acme');
    await page.getByLabel(m('signIn.webExId')).fill(ALICE.webExId);
    await page.getByLabel(m('signIn.password'), { exact: true }).fill(ALICE.password);
    await page.getByRole('button', { name: m('signIn.submit'), exact: true }).click();
    await page.locator('form[data-ready]').waitFor();
  }

  it('signs in and schedules; the 040007 refusal offers its one-click fix', async () => {
    const page = await extension.openPopup();
    await showOlderForm(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    await page.getByText(m('signIn.token.summary')).click();
    await checkView(page, 'popup-signed-out');
    await signIn(page);
    await checkView(page, 'popup-schedule');
    // Issue 13, item 3: any length under "Other…", in hours and minutes, with the site's limit.
    await page.getByRole('radio', { name: m('schedule.duration.other') }).check();
    await page.getByLabel(m('schedule.duration.hours'), { exact: true }).fill('2');
    expect(await page.locator('#duration-note').textContent()).toBe(
      m('schedule.duration.upToForType', {
        type: 'Meeting Center Pro',
        limit: m('meetings.duration.hours', { hours: 24 }),
      }),
    );
    await checkView(page, 'popup-schedule-duration-other');
    await page.getByRole('radio', { name: '30', exact: true }).check();

    await page.getByLabel(m('schedule.form.topic')).fill('Quartalsplanung 四半期計画');
    await page.getByLabel(m('schedule.alternateHost.label')).fill('dave@example.com');
    await page.getByRole('button', { name: m('schedule.form.submit') }).click();
    const notice = page.locator('[data-error-code="040007"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(m('webex.exception.e040007.title'));
    expect(await notice.textContent()).toContain(
      m('schedule.failure.notAHost', { email: 'dave@example.com', site: 'acme' }),
    );
    await checkView(page, 'popup-error-040007');

    await page.getByRole('button', { name: m('schedule.failure.inviteAsAttendees') }).click();
    const card = page.locator('.scheduled-card');
    await card.waitFor();
    expect(await card.textContent()).toContain(m('schedule.card.status'));
    await checkView(page, 'popup-scheduled');
    expect(sandbox.state('acme').meetings.map((meeting) => meeting.confName)).toEqual([
      'Quartalsplanung 四半期計画',
    ]);

    await page.getByRole('tab', { name: m('popup.tabs.recent') }).click();
    await page.getByRole('button', { name: m('recent.refresh') }).waitFor();
    await page.locator('.meeting-row').first().waitFor();
    await checkView(page, 'popup-recent');
    const join = page.getByLabel(m('recent.join.label'));
    await join.fill('1234');
    await join.press('Tab');
    await page.getByText(m('meetings.join.numberLength', { digits: 4 })).waitFor();
    await page
      .getByRole('button', { name: m('recent.row.more') })
      .first()
      .click();
    await page
      .getByRole('button', { name: m('popup.copy.joinLink') })
      .first()
      .waitFor();
    await checkView(page, 'popup-join-copy');
    await page.getByRole('button', { name: m('popup.header.signOut') }).click();
    await page.getByLabel(m('signIn.site')).waitFor();
    await page.close();
  });

  it('explains a result in the page', async () => {
    const page = await extension.context.newPage();
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(`${TEST_PAGE}?AT=LI&ST=FAIL&RS=AlreadyLogon`);
    await waitForPanel(page);
    expect(await panelText(page, '.headline')).toBe(m('webex.rs.AlreadyLogon.LI.headline'));
    expect(await panelText(page, '.meaning')).toBe(m('webex.rs.AlreadyLogon.LI.meaning'));
    expect(await panelTexts(page, 'button')).toContain(m('panel.actions.signOutOfWebEx'));
    expect(await panelText(page, '.facts-source')).toBe(m('panel.quotedFrom.address'));
    expect(await panelOverflowingText(page), `panel in ${locale}`).toEqual([]);
    await saveScreenshot(page, `${locale}-panel`);
    await page.close();
  });

  it('decodes a pasted back URL and an XML answer', async () => {
    const page = await extension.openPopup();
    await page.getByRole('tab', { name: m('popup.tabs.decode') }).click();
    const input = page.getByLabel(m('decode.input'));
    await input.fill(`${TEST_PAGE}?AT=LI&ST=FAIL&RS=AlreadyLogon`);
    await page.getByRole('button', { name: m('decode.explain') }).click();
    await expect
      .poll(() => page.locator('.decode-card .headline').textContent())
      .toBe(m('webex.rs.AlreadyLogon.LI.headline'));
    await checkView(page, 'popup-decode');
    await page.close();
  });

  it('the options page', async () => {
    const page = await extension.openOptions();
    await page.setViewportSize({ width: 400, height: 900 });
    await showOlderForm(page);
    await checkView(page, 'options-signed-out');
    await page.close();
  });
});
