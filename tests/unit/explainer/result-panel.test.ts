import { describe, expect, it, vi } from 'vitest';
import type { MessageType, SendMessage } from '../../../lib/messaging';
import {
  showResultPanel,
  type PanelUiOptions,
  type PanelView,
  type ResultPanelEnv,
} from '../../../lib/explainer/result-panel';

const PAGE = 'https://acme.webex.com/acme/backurl-test.html?AT=LI&ST=FAIL&RS=AlreadyLogon';

/** A fake environment: the background's replies by message type, a shadow root per mount. */
function fakeEnv(href: string, replies: Partial<Record<MessageType, unknown>> = {}) {
  const sent: [MessageType, unknown][] = [];
  const views: (PanelView | null)[] = [];
  const ui = { mount: vi.fn(), remove: vi.fn() };
  let options: PanelUiOptions | undefined;
  // No DOM in unit tests: the panel only sets the host's data-theme and hands on the rest.
  const host = { dataset: {} } as HTMLElement;
  const send = (async (type: MessageType, data?: unknown) => {
    sent.push([type, data]);
    return replies[type] ?? { ok: true, value: undefined };
  }) as SendMessage;
  const env: ResultPanelEnv = {
    location: { href, assign: vi.fn() },
    navigationType: () => 'navigate',
    sendMessage: send,
    now: () => Date.UTC(2025, 5, 2, 9, 0),
    timeZone: 'Europe/Berlin',
    document: undefined,
    css: '',
    async createShadowRootUi(given) {
      options = given;
      return ui;
    },
    render: (view) => views.push(view),
  };
  /** Mounts as WXT would, after ui.mount(). */
  const mount = () => {
    const container = {} as HTMLElement;
    options!.onMount(container, {} as ShadowRoot, host);
    return container;
  };
  return { env, sent, views, ui, host, mount, options: () => options };
}

const setup = (hidden: boolean, theme = 'system') => ({
  resultPanelSetup: { ok: true, value: { hidden, theme } },
});

describe('showResultPanel', () => {
  it('does nothing on a page without a WebEx result', async () => {
    const fake = fakeEnv('https://acme.webex.com/acme/home.html');
    expect(await showResultPanel(fake.env)).toBe(false);
    expect(fake.sent).toEqual([]);
  });

  it('stays hidden when the host dismissed this result and came back by reload', async () => {
    const fake = fakeEnv(PAGE, setup(true));
    expect(await showResultPanel(fake.env)).toBe(false);
    expect(fake.sent).toEqual([
      ['resultPanelSetup', { fingerprint: expect.any(String), navigationType: 'navigate' }],
    ]);
    expect(fake.options()).toBeUndefined();
  });

  it('shows the explanation with its actions, in the chosen theme', async () => {
    const fake = fakeEnv(PAGE, setup(false, 'dark'));
    expect(await showResultPanel(fake.env)).toBe(true);
    expect(fake.ui.mount).toHaveBeenCalledOnce();
    fake.mount();
    expect(fake.host.dataset.theme).toBe('dark');
    const view = fake.views[0]!;
    expect(view.text.tone).toBe('failure');
    expect(view.actions).toContain('sign-out-of-webex');
    expect(view.actions.at(-1)).toBe('dismiss');
  });

  it('still explains the result when the background cannot answer the setup', async () => {
    const failed = { ok: false, error: { kind: 'unexpected', message: 'x', explanation: {} } };
    const fake = fakeEnv(PAGE, { resultPanelSetup: failed });
    expect(await showResultPanel(fake.env)).toBe(true);
    fake.mount();
    expect(fake.host.dataset.theme).toBeUndefined();
  });

  it('dismiss removes the panel and tells the background to keep it hidden', async () => {
    const fake = fakeEnv(PAGE, setup(false));
    await showResultPanel(fake.env);
    fake.mount();
    await fake.views[0]!.run('dismiss');
    expect(fake.ui.remove).toHaveBeenCalledOnce();
    const setupFingerprint = (fake.sent[0]![1] as { fingerprint: string }).fingerprint;
    expect(fake.sent.at(-1)).toEqual(['dismissResult', { fingerprint: setupFingerprint }]);
  });

  it('sign out of WebEx leaves through the page’s location', async () => {
    const fake = fakeEnv(PAGE, setup(false));
    await showResultPanel(fake.env);
    fake.mount();
    await fake.views[0]!.run('sign-out-of-webex');
    expect(fake.env.location.assign).toHaveBeenCalledWith(
      expect.stringMatching(/^https:\/\/acme\.webex\.com\/acme\/p\.php\?AT=LO&BU=/),
    );
  });

  it('off WebEx’s pages, signs out of the site the background names in its setup answer', async () => {
    const page = 'https://intranet.example.test/landing?AT=LI&ST=FAIL&RS=AlreadyLogon';
    const acme = { name: 'acme', origin: 'https://acme.webex.com' };
    const fake = fakeEnv(page, {
      resultPanelSetup: { ok: true, value: { hidden: false, theme: 'system', site: acme } },
    });
    await showResultPanel(fake.env);
    fake.mount();
    // The panel never asks for the account itself (getAccount is for extension pages only).
    expect(fake.sent.map(([type]) => type)).not.toContain('getAccount');
    expect(fake.views[0]!.actions).toContain('sign-out-of-webex');
  });

  // Issue 13, item 15: a timed-out join joins again, but only on the page's own WebEx site.
  it("a timed-out join offers Join on the meeting's own site, sign-in anywhere a site is known", async () => {
    const acme = { name: 'acme', origin: 'https://acme.webex.com' };
    const query = 'AT=JM&ST=FAIL&RS=AccessDenied&MK=180208468';
    const onSite = fakeEnv(`https://acme.webex.com/acme/backurl-test.html?${query}`, setup(false));
    await showResultPanel(onSite.env);
    onSite.mount();
    expect(onSite.views[0]!.actions).toEqual(['join-meeting', 'sign-in-on-site', 'dismiss']);
    await onSite.views[0]!.run('join-meeting');
    expect(onSite.env.location.assign).toHaveBeenCalledWith(
      'https://acme.webex.com/acme/m.php?AT=JM&MK=180208468',
    );
    const off = fakeEnv(`https://intranet.example.test/landing?${query}`, {
      resultPanelSetup: { ok: true, value: { hidden: false, theme: 'system', site: acme } },
    });
    await showResultPanel(off.env);
    off.mount();
    expect(off.views[0]!.actions).toEqual(['sign-in-on-site', 'dismiss']);
  });

  it('mounts a closed shadow root: page scripts get no handle on the panel', async () => {
    const fake = fakeEnv(PAGE, setup(false));
    await showResultPanel(fake.env);
    expect(fake.options()?.mode).toBe('closed');
  });

  it('offers Start only after the background vouches for the meeting, and starts through it', async () => {
    const SM = 'https://acme.webex.com/acme/backurl-test.html?AT=SM&ST=SUCCESS&MK=123456789';
    const check = {
      ok: true,
      value: {
        mayStart: true,
        meetingKey: '123456789',
        topic: 'Weekly sync',
        startsAt: Date.UTC(2025, 5, 2, 10, 0),
      },
    };
    const fake = fakeEnv(SM, {
      ...setup(false),
      describeResultMeeting: check,
      startResultMeeting: check,
    });
    await showResultPanel(fake.env);
    fake.mount();
    const view = fake.views[0]!;
    expect(view.meeting?.initial).toEqual({
      state: 'checking',
      message: 'Asking WebEx about meeting 123 456 789…',
    });
    expect(await view.meeting!.check()).toEqual({
      state: 'ready',
      message: expect.stringMatching(/^Start “Weekly sync” \(Today, 12:00\b.*\)\?$/),
    });
    expect(fake.sent.at(-1)).toEqual(['describeResultMeeting', { meetingKey: '123456789' }]);
    expect(await view.run('start-meeting')).toEqual({
      tone: 'info',
      message: 'Starting “Weekly sync” in a new tab.',
    });
    expect(fake.sent.at(-1)).toEqual(['startResultMeeting', { meetingKey: '123456789' }]);
    expect(fake.sent.map(([type]) => type)).not.toContain('startMeeting');
  });

  it('an MK that is not a meeting number asks nothing and offers no Start', async () => {
    const crafted = `https://acme.webex.com/x.html?AT=SM&ST=SUCCESS&MK=${encodeURIComponent('1 OR 1')}`;
    const fake = fakeEnv(crafted, setup(false));
    await showResultPanel(fake.env);
    fake.mount();
    expect(fake.views[0]!.meeting).toBeUndefined();
    expect(fake.views[0]!.actions).not.toContain('start-meeting');
  });
});
