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
      value: { opened: true as const },
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

  it('sign in again: opens the options page', async () => {
    const e = env();
    const status = await runPanelAction('sign-in-again', e);
    expect(e.openExtensionPage).toHaveBeenCalledWith('options');
    expect(status?.message).toMatch(/options.*sign in there/);
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

  it('start the meeting: asks the background and names the meeting', async () => {
    const e = env({ meetingKey: '123456789' });
    expect(await runPanelAction('start-meeting', e)).toEqual({
      tone: 'info',
      message: 'Starting meeting 123 456 789 in a new tab.',
    });
    expect(e.startMeeting).toHaveBeenCalledWith('123456789');
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
      message: 'WebEx has no such meeting. Check the meeting number.',
    });
  });

  it('start the meeting: without a meeting key nothing is sent', async () => {
    const e = env();
    expect((await runPanelAction('start-meeting', e))?.tone).toBe('error');
    expect(e.startMeeting).not.toHaveBeenCalled();
  });

  it('log out and retry: goes to the logout link that comes back to this page without its result', async () => {
    const e = env();
    await runPanelAction('log-out-and-retry', e);
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

  it('log out and retry: without a known site, says so and goes nowhere', async () => {
    const e = env({ site: undefined });
    expect((await runPanelAction('log-out-and-retry', e))?.tone).toBe('error');
    expect(e.navigate).not.toHaveBeenCalled();
  });
});
