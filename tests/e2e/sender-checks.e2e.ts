import type { Page } from 'playwright-core';
import { settledButtons, waitForPanel } from './explainer/closed-panel';
import { describe, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { readAllStorage, sendProtocolMessage, signInThroughOptions } from './flows';
import { saveScreenshot } from './harness';
import { ALICE, useAccount } from './account/support';

// The attack of issue 15, item 2: code running as this extension's content script in a WebEx
// page (a compromised page process) sends the background the popup's messages. Each message
// states who may send it (lib/message-rules.ts); the background refuses the rest.
const ctx = useAccount();

// Inside serviceWorker.evaluate callbacks, which run in the browser.
declare const chrome: typeof extensionApi;

const SITE = 'https://acme.webex.com';
const PLAIN_PAGE = `${SITE}/acme/backurl-test.html`;

type Wire = { res?: { ok: boolean; value?: unknown; error?: { kind: string } }; err?: unknown };

/**
 * Sends one message in @webext-core/messaging's wire format from the extension's isolated
 * world in the tab showing `pageUrl`: injected by scripting.executeScript from the service
 * worker, the browser treats it as this extension's content script in that page.
 */
async function sendFromContentScript(pageUrl: string, type: string, data?: unknown) {
  return ctx.extension.serviceWorker.evaluate(
    async ({ pageUrl, type, data }) => {
      const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === pageUrl);
      if (tab?.id === undefined) throw new Error(`no tab shows ${pageUrl}`);
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: tab.id },
        world: 'ISOLATED',
        func: (type: string, data: unknown) =>
          chrome.runtime.sendMessage({
            id: 1,
            type,
            data: data ?? undefined,
            timestamp: Date.now(),
          }),
        args: [type, data ?? null],
      });
      return injection?.result as Wire;
    },
    { pageUrl, type, data },
  );
}

async function signInAndSchedule(): Promise<{ options: Page; meetingKey: string }> {
  const options = await signInThroughOptions(ctx.extension, ALICE);
  const scheduled = await sendProtocolMessage(options, 'scheduleMeeting', {
    requestId: 'e2e-senders',
    request: {
      topic: 'Not yours to delete',
      startsAt: Date.now() + 3_600_000,
      timeZone: 'Europe/Berlin',
      durationMinutes: 30,
      invitees: [],
    },
  });
  if (!scheduled.ok) throw new Error(scheduled.error.message);
  return { options, meetingKey: scheduled.value.meeting!.meetingKey };
}

async function openPage(url: string): Promise<Page> {
  const page = await ctx.extension.context.newPage();
  await page.goto(url);
  return page;
}

function attacks(meetingKey: string): [string, unknown][] {
  return [
    ['listMeetings', undefined],
    ['deleteMeeting', { meetingKey }],
    [
      'scheduleMeeting',
      {
        requestId: 'attack',
        request: {
          topic: 'Phishing',
          startsAt: Date.now() + 7_200_000,
          timeZone: 'Europe/Berlin',
          durationMinutes: 30,
          invitees: [{ email: 'victim@example.test', role: 'ATTENDEE' }],
        },
      },
    ],
    ['signOut', { forgetMeetings: true }],
    ['meetingPassword', { meetingKey }],
    ['joinLinks', { meetingKey }],
    ['getLastScheduleJob', undefined],
    ['renewTicket', { password: 'guess' }],
  ];
}

describe('messages from a content script in a WebEx page', () => {
  it('are refused unless the panel sends them there: nothing changes at WebEx or in the extension', async () => {
    const { options, meetingKey } = await signInAndSchedule();
    const plain = await openPage(PLAIN_PAGE);
    const resultUrl = `${PLAIN_PAGE}?AT=SM&ST=SUCCESS&MK=${meetingKey}`;
    const result = await openPage(resultUrl);
    await waitForPanel(result);
    // The panel asks WebEx about the meeting (describeResultMeeting) before offering Start.
    await settledButtons(result);
    const requestsBefore = ctx.sandbox.requests.length;
    const meetingsBefore = ctx.sandbox.state('acme').meetings.map((m) => m.meetingKey);
    const pagesBefore = ctx.extension.context.pages().length;

    // From a WebEx page without a result, even startMeeting and getAccount are refused.
    for (const [type, data] of [
      ...attacks(meetingKey),
      ['startMeeting', { meetingKey }] as [string, unknown],
      ['getAccount', undefined] as [string, unknown],
    ]) {
      const reply = await sendFromContentScript(PLAIN_PAGE, type, data);
      expect({ type, reply }).toMatchObject({
        type,
        reply: { res: { ok: false, error: { kind: 'refused' } } },
      });
    }
    // From a result page, where the panel runs, only the panel's own messages are answered.
    for (const [type, data] of [
      ...attacks(meetingKey),
      ['startMeeting', { meetingKey }] as [string, unknown],
      ['getAccount', undefined] as [string, unknown],
    ]) {
      const reply = await sendFromContentScript(resultUrl, type, data);
      expect({ type, reply }).toMatchObject({
        type,
        reply: { res: { ok: false, error: { kind: 'refused' } } },
      });
    }
    expect(
      await sendFromContentScript(resultUrl, 'resultPanelSetup', { fingerprint: 'abc123' }),
    ).toEqual({
      res: {
        ok: true,
        value: {
          hidden: false,
          theme: 'system',
          site: { name: 'acme', origin: 'https://acme.webex.com' },
        },
      },
    });

    // Nothing reached WebEx, nothing was deleted or scheduled, no tab opened, still signed in.
    expect(ctx.sandbox.requests.slice(requestsBefore).map((r) => r.operation)).toEqual([]);
    expect(ctx.sandbox.state('acme').meetings.map((m) => m.meetingKey)).toEqual(meetingsBefore);
    expect(ctx.extension.context.pages()).toHaveLength(pagesBefore);
    expect(await sendProtocolMessage(options, 'getAccount')).toMatchObject({
      ok: true,
      value: { signedIn: true },
    });
    // The extension's own pages still get their answers.
    const listed = await sendProtocolMessage(options, 'listMeetings');
    expect(listed.ok && listed.value.map((m) => m.meetingKey)).toContain(meetingKey);
    await saveScreenshot(result, 'sender-checks-result-page');
    await Promise.all([plain.close(), result.close()]);
  });

  it('a Start from the panel’s result page never answers the ticket link', async () => {
    const { meetingKey } = await signInAndSchedule();
    const resultUrl = `${PLAIN_PAGE}?AT=SM&ST=SUCCESS&MK=${meetingKey}`;
    const result = await openPage(resultUrl);
    expect(await sendFromContentScript(resultUrl, 'startMeeting', { meetingKey })).toMatchObject({
      res: { ok: false, error: { kind: 'refused' } },
    });
    const opened = ctx.extension.context.waitForEvent('page');
    const reply = await sendFromContentScript(resultUrl, 'startResultMeeting', { meetingKey });
    expect(reply).toMatchObject({ res: { ok: true, value: { mayStart: true, meetingKey } } });
    expect(JSON.stringify(reply)).not.toMatch(/TK=|p\.php/);
    const tab = await opened;
    await tab.waitForURL(/AT=HM&ST=SUCCESS/);
    await Promise.all([tab.close(), result.close()]);
  });

  it('an extension page’s oversized payload is refused before WebEx is asked', async () => {
    const { options } = await signInAndSchedule();
    const requestsBefore = ctx.sandbox.requests.length;
    const reply = await sendProtocolMessage(options, 'scheduleMeeting', {
      requestId: 'e2e-too-many',
      request: {
        topic: 'Too many',
        startsAt: Date.now() + 3_600_000,
        timeZone: 'Europe/Berlin',
        durationMinutes: 30,
        invitees: Array.from({ length: 501 }, (_, index) => ({
          email: `guest${index}@example.test`,
          role: 'ATTENDEE' as const,
        })),
      },
    });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'refused' } });
    expect(ctx.sandbox.requests.slice(requestsBefore)).toEqual([]);
    expect(JSON.stringify(await readAllStorage(ctx.extension))).not.toContain('e2e-too-many');
  });
});
