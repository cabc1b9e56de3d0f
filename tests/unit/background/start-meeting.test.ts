import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { siteLandingPage, startMeeting } from '../../../lib/background/start-meeting';
import { apiError, TICKET_LIFETIME_MS } from './fake-backend';
import { ACME, signInAlice, START, testEnv } from './test-env';

const LANDING = 'https://acme.webex.com/mywebex/default.do?siteurl=acme';

let t: ReturnType<typeof testEnv>;
beforeEach(async () => {
  t = testEnv();
  await signInAlice(t.env);
});

async function startedTab() {
  const before = new Set((await fakeBrowser.tabs.query({})).map((tab) => tab.id));
  const answer = await startMeeting(t.env, { meetingKey: '123' });
  if (!answer.ok) throw new Error(answer.error.message);
  // The reply carries no link: the ticket link is read from the tab that was opened.
  expect(answer.value).toEqual({ opened: true });
  const tab = (await fakeBrowser.tabs.query({})).find((candidate) => !before.has(candidate.id));
  if (tab?.id === undefined || !tab.url) throw new Error('no tab opened');
  return { tabId: tab.id, tabUrl: tab.url };
}

/** The tab lands on a page (as WebEx's script redirects do). */
async function land(tabId: number, url: string) {
  await fakeBrowser.tabs.update(tabId, { url });
}

describe('siteLandingPage', () => {
  it("is the site's own landing page, where the explainer shows the outcome", () => {
    expect(siteLandingPage(ACME)).toBe(LANDING);
  });
});

describe('startMeeting', () => {
  it('opens the one-time ticket link with the landing page as its back URL', async () => {
    const { tabUrl } = await startedTab();
    const url = new URL(tabUrl);
    expect(url.origin + url.pathname).toBe('https://acme.webex.com/acme/p.php');
    expect(url.searchParams.get('AT')).toBe('LI');
    expect(url.searchParams.get('TK')).toBe('one-time-1');
    expect(url.searchParams.get('BU')).toBe(LANDING);
    expect(url.searchParams.get('MU')).toContain('AT=HM&MK=123');
    expect(tabUrl).not.toMatch(/[?&](PW|PID)=/i);
  });

  it('after AlreadyLogon, logs out and retries with a fresh ticket, once', async () => {
    const { tabId } = await startedTab();
    await land(tabId, `${LANDING}&AT=LI&ST=FAIL&RS=AlreadyLogon`);
    await expect.poll(async () => (await fakeBrowser.tabs.get(tabId))?.url).toMatch(/AT=LO/);

    const retry = new URL((await fakeBrowser.tabs.get(tabId))!.url!);
    expect(retry.origin + retry.pathname).toBe('https://acme.webex.com/acme/p.php');
    const next = new URL(retry.searchParams.get('BU')!);
    expect(next.searchParams.get('TK')).toBe('one-time-2');
    expect(next.searchParams.get('BU')).toBe(LANDING);
    expect(t.backend.callsOf('hostUrl')).toHaveLength(2);

    // The retry lands on AlreadyLogon again: no loop.
    await land(tabId, `${LANDING}&AT=LI&ST=FAIL&RS=AlreadyLogon`);
    expect(t.backend.callsOf('hostUrl')).toHaveLength(2);
    expect((await fakeBrowser.tabs.get(tabId))?.url).toContain('RS=AlreadyLogon');
  });

  it.each([
    ['the meeting started', `${LANDING}&AT=HM&ST=SUCCESS`],
    ['another sign-in failure', `${LANDING}&AT=LI&ST=FAIL&RS=AccessDenied`],
  ])('leaves the tab alone after %s', async (_, result) => {
    const { tabId } = await startedTab();
    await land(tabId, result);
    await land(tabId, `${LANDING}&AT=LI&ST=FAIL&RS=AlreadyLogon`);
    expect(t.backend.callsOf('hostUrl')).toHaveLength(1);
  });

  it('ignores results on other sites in that tab', async () => {
    const { tabId } = await startedTab();
    await land(tabId, 'https://intranet.example.test/landing.html?AT=LI&ST=FAIL&RS=AlreadyLogon');
    expect(t.backend.callsOf('hostUrl')).toHaveLength(1);
  });

  it('stops watching when the tab is closed', async () => {
    const { tabId } = await startedTab();
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { isWindowClosing: false, windowId: 0 });
    const tab = (await fakeBrowser.tabs.get(tabId))!;
    await fakeBrowser.tabs.onUpdated.trigger(
      tabId,
      { url: `${LANDING}&AT=LI&ST=FAIL&RS=AlreadyLogon` },
      tab,
    );
    expect(t.backend.callsOf('hostUrl')).toHaveLength(1);
  });

  it('gives up quietly when no fresh ticket can be had (the explainer shows AlreadyLogon)', async () => {
    const { tabId } = await startedTab();
    t.backend.failNext('hostUrl', apiError('000035'));
    await land(tabId, `${LANDING}&AT=LI&ST=FAIL&RS=AlreadyLogon`);
    await expect.poll(() => t.backend.callsOf('hostUrl').length).toBe(2);
    expect((await fakeBrowser.tabs.get(tabId))?.url).toContain('RS=AlreadyLogon');
  });

  it('opens nothing and asks for the password when the ticket has expired', async () => {
    t.clock.now = START + TICKET_LIFETIME_MS;
    expect(await startMeeting(t.env, { meetingKey: '123' })).toMatchObject({
      ok: false,
      ticketExpired: true,
    });
    expect(await fakeBrowser.tabs.query({})).toHaveLength(1); // only the default tab
  });
});
