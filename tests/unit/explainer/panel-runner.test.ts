import { describe, expect, it, vi } from 'vitest';
import { runPanelAction, type PanelEnv } from '../../../lib/explainer/panel-runner';
import type { WebExErrorInfo } from '../../../lib/webex/errors';

const PAGE = 'https://acme.webex.com/acme/backurl-test.html?AT=LI&ST=FAIL&RS=AlreadyLogon';
const ACME = { name: 'acme', origin: 'https://acme.webex.com' };

function env(overrides: Partial<PanelEnv> = {}): PanelEnv {
  return {
    pageUrl: PAGE,
    site: ACME,
    summary: 'the summary',
    openExtensionPage: vi.fn(async (page: 'popup' | 'options') => ({
      ok: true as const,
      value: { opened: page },
    })),
    startMeeting: vi.fn(async () => ({
      ok: true as const,
      value: {
        mayStart: true as const,
        meetingKey: '123456789',
        topic: 'Weekly sync',
        startsAt: 0,
      },
    })),
    copy: vi.fn(async () => true),
    navigate: vi.fn(),
    dismiss: vi.fn(async () => {}),
    ...overrides,
  };
}

const apiError: WebExErrorInfo = {
  kind: 'api',
  message: 'failed',
  explanation: {
    title: 'WebEx has no such meeting',
    meaning: 'm',
    action: 'Check the meeting number.',
  },
};

describe('runPanelAction', () => {
  it('dismiss: dismisses and says nothing', async () => {
    const e = env();
    expect(await runPanelAction('dismiss', e)).toBeUndefined();
    expect(e.dismiss).toHaveBeenCalledOnce();
  });

  it('copy details: copies the summary and confirms', async () => {
    const e = env();
    expect(await runPanelAction('copy-details', e)).toEqual({
      tone: 'info',
      message: expect.stringMatching(/^Copied/),
    });
    expect(e.copy).toHaveBeenCalledWith('the summary');
  });

  it('copy details: says how to copy by hand when copying fails', async () => {
    const status = await runPanelAction('copy-details', env({ copy: async () => false }));
    expect(status).toEqual({
      tone: 'error',
      message: expect.stringMatching(/Couldn't copy.*Ctrl\+C/),
    });
  });

  // Issue 13, item 15: the browser's WebEx session, not the extension's Settings.
  it("sign in on the WebEx site: goes to the site's own sign-in page and names it", async () => {
    const e = env();
    const status = await runPanelAction('sign-in-on-site', e);
    expect(e.navigate).toHaveBeenCalledWith(
      'https://acme.webex.com/mywebex/default.do?siteurl=acme',
    );
    expect(e.openExtensionPage).not.toHaveBeenCalled();
    expect(status).toEqual({
      tone: 'info',
      message: 'Opening the sign-in page of https://acme.webex.com…',
    });
  });

  it('sign in on the WebEx site: without a known site, says so and goes nowhere', async () => {
    const e = env({ site: undefined });
    expect((await runPanelAction('sign-in-on-site', e))?.message).toMatch(/site is not known/);
    expect(e.navigate).not.toHaveBeenCalled();
  });

  it("join the meeting: joins the result's meeting on the page's own site, no password", async () => {
    const e = env({ meetingKey: '180208468', pageSite: ACME });
    expect(await runPanelAction('join-meeting', e)).toEqual({
      tone: 'info',
      message: 'Joining meeting 180 208 468 at https://acme.webex.com…',
    });
    expect(e.navigate).toHaveBeenCalledWith('https://acme.webex.com/acme/m.php?AT=JM&MK=180208468');
  });

  it('join the meeting: off a WebEx site or without a meeting, goes nowhere', async () => {
    for (const e of [env({ meetingKey: '180208468' }), env({ pageSite: ACME })]) {
      expect((await runPanelAction('join-meeting', e))?.tone).toBe('error');
      expect(e.navigate).not.toHaveBeenCalled();
    }
  });

  it('open the settings: opens the options page and says so', async () => {
    const e = env();
    const status = await runPanelAction('open-settings', e);
    expect(e.openExtensionPage).toHaveBeenCalledWith('options');
    expect(status?.message).toBe("Opened WebEx Host Helper's options in a new tab.");
  });

  it.each<['popup' | 'options', RegExp]>([
    ['popup', /Opened the WebEx Host Helper popup\.$/],
    ['options', /options in a new tab\.$/],
  ])('open the extension: says where it opened (%s)', async (opened, message) => {
    const e = env({
      openExtensionPage: vi.fn(async () => ({ ok: true as const, value: { opened } })),
    });
    const status = await runPanelAction('open-extension', e);
    expect(e.openExtensionPage).toHaveBeenCalledWith('popup');
    expect(status?.message).toMatch(message);
  });

  it('start the meeting: asks the background and names the meeting by its WebEx topic', async () => {
    const e = env({ meetingKey: '123456789' });
    expect(await runPanelAction('start-meeting', e)).toEqual({
      tone: 'info',
      message: 'Starting “Weekly sync” in a new tab.',
    });
    expect(e.startMeeting).toHaveBeenCalledWith('123456789');
  });

  it('start the meeting: a refusal on the background’s re-check is said, not started', async () => {
    const e = env({
      meetingKey: '123456789',
      startMeeting: async () => ({
        ok: true,
        value: {
          mayStart: false,
          refusal: { reason: 'otherSite', pageHost: 'evil.webex.com', siteHost: 'acme.webex.com' },
        },
      }),
    });
    expect(await runPanelAction('start-meeting', e)).toEqual({
      tone: 'error',
      message: expect.stringMatching(
        /^This page is on evil\.webex\.com, but .* acme\.webex\.com\./,
      ),
    });
  });

  it('start the meeting: an expired sign-in sends the host to the extension', async () => {
    const e = env({
      meetingKey: '123456789',
      startMeeting: async () => ({ ok: false, error: apiError, ticketExpired: true }),
    });
    expect(await runPanelAction('start-meeting', e)).toEqual({
      tone: 'error',
      message: expect.stringMatching(/expired.*sign in, then start meeting 123 456 789/),
    });
  });

  it('start the meeting: a failure shows the catalogue’s title and next step', async () => {
    const e = env({ meetingKey: '1', startMeeting: async () => ({ ok: false, error: apiError }) });
    expect(await runPanelAction('start-meeting', e)).toEqual({
      tone: 'error',
      message: expect.stringMatching(
        /^Couldn't check meeting 1 with WebEx \(WebEx has no such meeting\)/,
      ),
    });
  });

  it('start the meeting: without a meeting key nothing is sent', async () => {
    const e = env();
    expect((await runPanelAction('start-meeting', e))?.tone).toBe('error');
    expect(e.startMeeting).not.toHaveBeenCalled();
  });

  it('sign out of WebEx: goes to the logout link that comes back to this page without its result', async () => {
    const e = env();
    expect(await runPanelAction('sign-out-of-webex', e)).toEqual({
      tone: 'info',
      message: 'Signing you out of WebEx at https://acme.webex.com…',
    });
    expect(e.navigate).toHaveBeenCalledWith(
      `https://acme.webex.com/acme/p.php?AT=LO&BU=${encodeURIComponent('https://acme.webex.com/acme/backurl-test.html')}`,
    );
  });

  it('open the extension: a failed reply shows its title and next step', async () => {
    const e = env({
      openExtensionPage: vi.fn(async () => ({ ok: false as const, error: apiError })),
    });
    expect(await runPanelAction('open-extension', e)).toEqual({
      tone: 'error',
      message: 'WebEx has no such meeting. Check the meeting number.',
    });
  });

  it('sign out of WebEx: without a known site, says so and goes nowhere', async () => {
    const e = env({ site: undefined });
    expect((await runPanelAction('sign-out-of-webex', e))?.tone).toBe('error');
    expect(e.navigate).not.toHaveBeenCalled();
  });
});
