import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resultSummary } from '../../lib/explainer/result-summary';
import { explainResult } from '../../lib/webex/rs-catalogue';
import { explainException } from '../../lib/webex/exception-catalogue';
import { parseBackUrlResult } from '../../lib/webex/url/back-url';
import { recordedUrl as RECORDED } from '../support/reference';
import { SEED_RS_CODES_SEEN_WITH as SEEN_WITH, seedRsCodes } from '../support/seed-rs-codes';
import { clickPanelButton, panelStatus, settledButtons } from './explainer/closed-panel';
import { expectExplanation, readPanel } from './explainer/panel';
import {
  ALICE,
  LANDING,
  TEST_PAGE,
  openResult,
  resultUrl,
  runAxe,
  screenshots,
  send,
  useExplainer,
} from './explainer/support';

// What a result says and offers: on the page (the panel) and pasted into the popup (Decode).
const ctx = useExplainer();

// Each code visited with the command the seed says returns it.
describe('every RS code of seed 004', () => {
  it('is the list the seed names', () => {
    expect(seedRsCodes()).toEqual(Object.keys(SEEN_WITH));
  });

  it.each(Object.entries(SEEN_WITH))(
    '%s (AT=%s) shows its explanation on the page',
    async (rs, at) => {
      const page = await openResult(resultUrl(TEST_PAGE, `AT=${at}&ST=FAIL&RS=${rs}`));
      const view = await readPanel(page);
      const expected = expectExplanation(view, { at, st: 'FAIL', rs });
      expect(expected.known).toBe(true);
      expect(view.facts).toContain(`Reason code (RS)“${rs}”`);
      expect(view.buttons.at(-1)).toBe('Dismiss');
      await page.close();
    },
  );

  it('codes match in any case (RS=accessdenied)', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'at=hm&st=fail&rs=accessdenied'));
    expectExplanation(await readPanel(page), { at: 'HM', st: 'FAIL', rs: 'AccessDenied' });
    await page.close();
  });
});

describe('outcomes and actions', () => {
  it('a successful sign-in says so, with the WebEx ID', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=LI&ST=SUCCESS&WID=alice'));
    const view = await readPanel(page);
    expectExplanation(view, { at: 'LI', st: 'SUCCESS', wid: 'alice' });
    expect(view.headline).toBe('Signed in');
    expect(view.buttons).toEqual(['Dismiss']);
    await page.close();
  });

  it('a scheduled meeting (SM with MK) while signed out: no Start, the extension instead', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=SM&ST=SUCCESS&MK=123456789'));
    const view = await readPanel(page);
    expectExplanation(view, { at: 'SM', st: 'SUCCESS', mk: '123456789' });
    expect(view.headline).toBe('Meeting 123 456 789 scheduled');
    expect(await settledButtons(page)).toEqual([
      'Open WebEx Host Helper',
      'Copy details',
      'Dismiss',
    ]);
    await page.close();
  });

  it('an unknown RS gets the general explanation, with the code quoted from the address', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=JM&ST=FAIL&RS=QuantumFluxDetected'));
    const view = await readPanel(page);
    const expected = expectExplanation(view, { at: 'JM', st: 'FAIL', rs: 'QuantumFluxDetected' });
    expect(expected.known).toBe(false);
    expect(view.headline).toBe("Couldn't join the meeting");
    expect(view.meaning).not.toContain('QuantumFluxDetected');
    expect(view.factsSource).toBe('The address says:');
    expect(view.facts).toContain('Reason code (RS)“QuantumFluxDetected”');
    await page.close();
  });

  it('the site landing page (where Start and Join end) explains the outcome', async () => {
    const page = await openResult(resultUrl(LANDING, 'AT=HM&ST=SUCCESS&MK=123456789'));
    const view = await readPanel(page);
    expectExplanation(view, { at: 'HM', st: 'SUCCESS', mk: '123456789' });
    expect(view.headline).toBe('Meeting 123 456 789 started');
    await screenshots(page, 'landing-hm-success');
    await page.close();
  });

  it('copy details puts a plain-text summary on the clipboard', async () => {
    const url = resultUrl(TEST_PAGE, 'AT=JM&ST=FAIL&RS=InvalidMeetingKeyOrPassword&MK=987654321');
    const page = await openResult(url);
    await clickPanelButton(page, 'Copy details');
    expect(await panelStatus(page)).toMatch(/^Copied the details/);
    const result = parseBackUrlResult(url)!;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      resultSummary(result, explainResult(result), url),
    );
    await page.close();
  });

  // Issue 13, item 15: the browser's WebEx session, not the extension's Settings ("Signed in").
  it("sign in on the WebEx site goes to the site's own sign-in page, not the extension", async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=LI&ST=FAIL&RS=BadWebExIDorPassword'));
    expect(await settledButtons(page)).toEqual(['Sign in on the WebEx site', 'Dismiss']);
    await screenshots(page, 'sign-in-on-site');
    const pagesBefore = ctx.extension.context.pages().length;
    await clickPanelButton(page, 'Sign in on the WebEx site');
    await page.waitForURL(LANDING);
    expect(ctx.extension.context.pages()).toHaveLength(pagesBefore);
    await page.close();
  });

  it('open the extension opens the popup, or the options page where the browser refuses', async () => {
    const page = await openResult(
      resultUrl(TEST_PAGE, 'AT=SM&ST=FAIL&RS=TheDurationIsExceedTheMaxDuration'),
    );
    await clickPanelButton(page, 'Open WebEx Host Helper');
    const status = await panelStatus(page);
    expect(status).toMatch(/^Opened /);
    const extensionPages = () =>
      ctx.extension.context
        .pages()
        .map((p) => p.url())
        .filter((url) => url.startsWith('chrome-extension:'));
    if (status.includes('options')) {
      await expect.poll(extensionPages).toContain(ctx.extension.extensionUrl('options.html'));
    } else {
      expect(status).toBe('Opened the WebEx Host Helper popup.');
    }
    for (const other of ctx.extension.context.pages()) {
      if (other.url().startsWith('chrome-extension:')) await other.close();
    }
    await page.close();
  });

  it('sign out of WebEx (AlreadyLogon) signs out of the site and comes back to the page', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=LI&ST=FAIL&RS=AlreadyLogon'));
    expect(await settledButtons(page)).toEqual(['Sign out of WebEx', 'Dismiss']);
    await clickPanelButton(page, 'Sign out of WebEx');
    await page.waitForURL(`${TEST_PAGE}?AT=LO&ST=SUCCESS`);
    expect((await readPanel(page)).headline).toBe('Signed out');
    await page.close();
  });

  it('a Start from the extension ends on the landing page, explained', async () => {
    const popup = await ctx.extension.context.newPage();
    await popup.goto(ctx.extension.extensionUrl('popup.html'));
    await send(popup, 'signIn', { siteInput: 'acme', ...ALICE, keepSignedIn: false });
    const scheduled = (await send(popup, 'scheduleMeeting', {
      requestId: `explainer-${Date.now()}`,
      request: {
        topic: 'Explainer flow',
        startsAt: Date.now() + 3_600_000,
        timeZone: 'Europe/Berlin',
        durationMinutes: 30,
        invitees: [],
      },
    })) as { ok: boolean; value?: { requestId: string } };
    expect(scheduled.ok).toBe(true);
    await expect
      .poll(
        async () =>
          ((await send(popup, 'getLastScheduleJob')) as { value: { state: string } }).value.state,
      )
      .toBe('done');
    const { value: job } = (await send(popup, 'getLastScheduleJob')) as {
      value: { meeting: { meetingKey: string } };
    };
    const meetingKey = job.meeting.meetingKey;

    // WebEx's answer to a scheduling command, where "Start the meeting" fits once the
    // background has confirmed it is the host's own meeting.
    const page = await openResult(resultUrl(TEST_PAGE, `AT=SM&ST=SUCCESS&MK=${meetingKey}`));
    expect(await settledButtons(page)).toContain('Start the meeting');
    const started = ctx.extension.context.waitForEvent('page');
    await clickPanelButton(page, 'Start the meeting');
    const startTab = await started;
    await startTab.waitForURL(/\/mywebex\/default\.do\?siteurl=acme&AT=HM&ST=SUCCESS/);
    const view = await readPanel(startTab);
    expectExplanation(view, parseBackUrlResult(startTab.url())!);
    expect(view.headline).toMatch(/started/);
    expect(await panelStatus(page)).toBe('Starting “Explainer flow” in a new tab.');
    await send(popup, 'signOut', { forgetMeetings: false });
    await Promise.all([startTab.close(), page.close(), popup.close()]);
  });
});

describe('the Decode view in the popup', () => {
  async function openDecode(): Promise<Page> {
    const popup = await ctx.extension.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(ctx.extension.extensionUrl('popup.html'));
    await popup.getByRole('tab', { name: 'Decode' }).click();
    await popup.getByLabel('Back URL or XML API response').waitFor();
    return popup;
  }

  it('explains a pasted back URL like the panel does', async () => {
    const popup = await openDecode();
    const url = resultUrl(TEST_PAGE, 'AT=LI&ST=FAIL&RS=AlreadyLogon');
    await popup.getByLabel('Back URL or XML API response').fill(url);
    await popup.getByRole('button', { name: 'Explain' }).click();
    const expected = explainResult({ at: 'LI', st: 'FAIL', rs: 'AlreadyLogon' });
    await expect
      .poll(() => popup.locator('.decode-card .headline').textContent())
      .toBe(expected.headline);
    expect(await popup.locator('.decode-card .meaning').textContent()).toBe(expected.meaning);
    await screenshots(popup, 'decode-back-url');
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      expect(await runAxe(popup, { include: [['.decode-view']] }), colorScheme).toEqual([]);
    }
    await popup.close();
  });

  it('explains a FAILURE XML response through its exceptionID', async () => {
    const popup = await openDecode();
    const xml = await readFile(new URL('user_get_user_response_bad.xml', RECORDED), 'utf8');
    await popup.getByLabel('Back URL or XML API response').fill(xml);
    await popup.getByRole('button', { name: 'Explain' }).click();
    const expected = explainException('030047');
    await expect
      .poll(() => popup.locator('.decode-card .headline').textContent())
      .toBe(expected.title);
    expect(await popup.locator('.decode-card .explained-facts').textContent()).toContain(
      'exceptionID030047',
    );
    expect(await popup.locator('.decode-card .explained-facts').textContent()).toContain(
      'WebEx saidNot a valid session ticket',
    );
    await screenshots(popup, 'decode-xml-failure');
    expect(await runAxe(popup, { include: [['.decode-view']] })).toEqual([]);
    await popup.close();
  });
  it('asks for something to explain when the box is empty; Ctrl+Enter explains a percent-encoded address', async () => {
    const popup = await openDecode();
    await popup.getByRole('button', { name: 'Explain' }).click();
    await popup.getByRole('status').filter({ hasText: 'Paste a back URL' }).waitFor();
    await screenshots(popup, 'decode-empty');
    const field = popup.getByLabel('Back URL or XML API response');
    await field.fill(encodeURIComponent(resultUrl(TEST_PAGE, 'AT=LI&ST=FAIL&RS=AlreadyLogon')));
    await field.press('Control+Enter');
    const expected = explainResult({ at: 'LI', st: 'FAIL', rs: 'AlreadyLogon' });
    await expect
      .poll(() => popup.locator('.decode-card .headline').textContent())
      .toBe(expected.headline);
    // The "paste something first" notice is gone (the buttons' own status line stays, empty).
    expect(await popup.getByRole('status').filter({ hasText: 'Paste a back URL' }).count()).toBe(0);
    await popup.close();
  });
});
