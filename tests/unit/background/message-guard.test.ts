import { describe, expect, it } from 'vitest';
import { admitMessage, senderKind, type GuardEnv } from '../../../lib/background/message-guard';
import type { MessageSender } from '../../../lib/background/message-handlers';
import { MESSAGE_RULES } from '../../../lib/message-rules';
import type { MessageType } from '../../../lib/messaging';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const INTRANET = 'https://intranet.example.test';
const env: GuardEnv = {
  extensionId: ID,
  extensionBaseUrl: BASE,
  resultOrigins: async () => [INTRANET],
};

const popup: MessageSender = { id: ID, url: `${BASE}popup.html` };
/** The options page opened in a tab: a tab, but an extension page. */
const optionsTab = { id: ID, url: `${BASE}options.html`, tab: { id: 3 } } as MessageSender;
function contentScript(url: string, id = ID): MessageSender {
  return { id, url, tab: { id: 5 }, frameId: 0 } as MessageSender;
}
const RESULT = 'https://acme.webex.com/acme/backurl-test.html?AT=SM&ST=SUCCESS&MK=123456789';
const resultPage = contentScript(RESULT);
const plainWebExPage = contentScript('https://acme.webex.com/acme/backurl-test.html');

/** One valid payload per message. */
const VALID: { [K in MessageType]: unknown } = {
  getAccount: undefined,
  signIn: { siteInput: 'acme', webExId: 'alice', password: 'pw', keepSignedIn: false },
  renewTicket: { password: 'pw' },
  signOut: { forgetMeetings: false },
  setKeepSignedIn: { keepSignedIn: true },
  signInWithWebex: { keepSignedIn: false },
  signInWithToken: { token: 'a'.repeat(100), keepSignedIn: true },
  renewWebexSignIn: undefined,
  chooseSite: { siteUrl: 'acme.webex.com' },
  startPersonalRoom: undefined,
  getWebexIntegration: undefined,
  setWebexIntegration: { clientId: 'C123', clientSecret: 'secret' },
  scheduleMeeting: {
    requestId: '0123456789abcdef0123456789abcdef',
    request: {
      topic: 'Weekly',
      startsAt: 1_750_000_000_000,
      timeZone: 'Europe/Berlin',
      durationMinutes: 30,
      meetingPassword: 'a1b2c3',
      agenda: 'Plans',
      invitees: [{ email: 'bob@example.test', name: 'Bob', role: 'ATTENDEE' }],
    },
  },
  getLastScheduleJob: undefined,
  listMeetings: undefined,
  startMeeting: { meetingKey: '123456789' },
  joinLinks: { meetingKey: '123456789' },
  meetingPassword: { meetingKey: '123456789' },
  deleteMeeting: { meetingKey: '123456789' },
  showResultPanel: undefined,
  openExtensionPage: { page: 'popup' },
  resultPanelSetup: { fingerprint: '1x9abc0def', navigationType: 'reload' },
  dismissResult: { fingerprint: '1x9abc0def' },
  describeResultMeeting: { meetingKey: '123456789' },
  startResultMeeting: { meetingKey: '123456789' },
  describePastedMeeting: { meetingKey: '123456789', siteOrigin: 'https://acme.webex.com' },
  startPastedMeeting: { meetingKey: '123456789' },
};
const TYPES = Object.keys(VALID) as MessageType[];

/** The messages the detector and the panel send. */
const FROM_RESULT_PANEL = [
  'describeResultMeeting',
  'startResultMeeting',
  'showResultPanel',
  'openExtensionPage',
  'resultPanelSetup',
  'dismissResult',
];
/** The messages only content scripts send: the popup and options page never do. */
const PANEL_ONLY = [
  'showResultPanel',
  'openExtensionPage',
  'resultPanelSetup',
  'dismissResult',
  'describeResultMeeting',
  'startResultMeeting',
];

async function admitted(type: MessageType, sender: MessageSender, data = VALID[type]) {
  return (await admitMessage(type, data, sender, env)).ok;
}

describe('who sent a message', () => {
  it.each([
    ['the popup', popup, 'extensionPage'],
    ['the options page in a tab', optionsTab, 'extensionPage'],
    ['a content script on a WebEx result page', resultPage, 'resultPanel'],
    [
      'a content script on an added origin’s result page',
      contentScript(`${INTRANET}/l.html?AT=LI&ST=FAIL&RS=AccessDenied`),
      'resultPanel',
    ],
    [
      'a content script in a fragment-routed result',
      contentScript('https://acme.webex.com/#/x?AT=HM&ST=SUCCESS'),
      'resultPanel',
    ],
    ['a content script on a WebEx page without a result', plainWebExPage, 'other'],
    [
      'a content script on plain-http WebEx',
      contentScript('http://acme.webex.com/a?AT=HM&ST=SUCCESS'),
      'other',
    ],
    [
      'a content script on a look-alike host',
      contentScript('https://acme.webex.com.evil.test/a?AT=HM&ST=SUCCESS'),
      'other',
    ],
    [
      'a content script on an origin not added',
      contentScript('https://other.example.test/a?AT=HM&ST=SUCCESS'),
      'other',
    ],
    [
      'the added origin over http instead of https',
      contentScript('http://intranet.example.test/a?AT=HM&ST=SUCCESS'),
      'other',
    ],
    [
      'another extension’s page',
      { id: 'x'.repeat(32), url: `chrome-extension://${'x'.repeat(32)}/p.html` },
      'other',
    ],
    [
      'another extension claiming our address',
      { id: 'x'.repeat(32), url: `${BASE}popup.html` },
      'other',
    ],
    [
      'a sender whose origin is not ours',
      { id: ID, url: `${BASE}popup.html`, origin: 'https://acme.webex.com' },
      'other',
    ],
    ['a content script without a tab', { id: ID, url: RESULT }, 'other'],
    ['a sender without an address', { id: ID }, 'other'],
  ] as [string, MessageSender, string][])('%s: %s', async (_, sender, kind) => {
    expect(await senderKind(sender, env)).toBe(kind);
  });
});

describe('every message’s sender policy', () => {
  it('has a rule for every message of the protocol', () => {
    expect(Object.keys(MESSAGE_RULES).sort()).toEqual([...TYPES].sort());
  });

  it.each(TYPES)(
    '%s: refused from a content script on a WebEx page without a result',
    async (type) => {
      expect(await admitted(type, plainWebExPage)).toBe(false);
    },
  );

  it.each(TYPES)('%s: from the panel on a result page only if the panel sends it', async (type) => {
    expect(await admitted(type, resultPage)).toBe(FROM_RESULT_PANEL.includes(type));
  });

  it.each(TYPES)('%s: from the extension’s pages unless only the panel sends it', async (type) => {
    expect(await admitted(type, popup)).toBe(!PANEL_ONLY.includes(type));
  });

  it('says in words what was refused, and why', async () => {
    const answer = await admitMessage('listMeetings', undefined, resultPage, env);
    expect(answer).toMatchObject({
      ok: false,
      reply: {
        ok: false,
        error: {
          kind: 'refused',
          message:
            'The request "listMeetings" came from a page that may not make it, so nothing was done.',
          explanation: { title: 'The extension refused this request' },
        },
      },
    });
  });
});

describe('every message’s data', () => {
  const request = (VALID.scheduleMeeting as { request: Record<string, unknown> }).request;
  const schedule = (changes: Record<string, unknown>) => ({
    requestId: 'r1',
    request: { ...request, ...changes },
  });

  it.each(TYPES)('%s: a well-formed payload passes, unchanged', async (type) => {
    const sender = PANEL_ONLY.includes(type) ? resultPage : popup;
    expect(await admitMessage(type, VALID[type], sender, env)).toEqual({
      ok: true,
      data: VALID[type],
    });
  });

  it.each([
    ['startMeeting', 'a meeting key with more than digits', { meetingKey: '123 OR 1' }],
    ['startMeeting', 'full-width digits', { meetingKey: '１２３' }],
    ['startMeeting', 'an empty meeting key', { meetingKey: '' }],
    ['deleteMeeting', 'a 21-digit meeting key', { meetingKey: '1'.repeat(21) }],
    ['deleteMeeting', 'a number, not text', { meetingKey: 123 }],
    ['joinLinks', 'an unknown key', { meetingKey: '1', extra: 'x' }],
    ['joinLinks', 'no data', undefined],
    ['listMeetings', 'data where none belongs', { meetingKey: '1' }],
    ['signOut', 'text instead of its choice', 'now'],
    ['signOut', 'no choice at all', undefined],
    ['meetingPassword', 'an unknown key', { meetingKey: '1', password: 'x' }],
    [
      'describePastedMeeting',
      'a site with a path',
      { meetingKey: '1', siteOrigin: 'https://acme.webex.com/evil' },
    ],
    [
      'startPastedMeeting',
      'a plain-http site',
      { meetingKey: '1', siteOrigin: 'http://acme.webex.com' },
    ],
    ['startPastedMeeting', 'a meeting key with letters', { meetingKey: '12a' }],
    [
      'signIn',
      'an oversized password',
      { siteInput: 'acme', webExId: 'a', password: 'p'.repeat(1025), keepSignedIn: false },
    ],
    [
      'signIn',
      'a boolean as text',
      { siteInput: 'acme', webExId: 'a', password: 'p', keepSignedIn: 'yes' },
    ],
    ['renewTicket', 'an array as the password', { password: ['p'] }],
    ['setKeepSignedIn', 'a missing field', {}],
    ['scheduleMeeting', 'an oversized topic', schedule({ topic: 't'.repeat(1025) })],
    ['scheduleMeeting', 'an oversized agenda', schedule({ agenda: 'a'.repeat(5000) })],
    ['scheduleMeeting', 'an infinite start', schedule({ startsAt: Number.POSITIVE_INFINITY })],
    ['scheduleMeeting', 'a fractional duration', schedule({ durationMinutes: 30.5 })],
    [
      'scheduleMeeting',
      '501 invitees',
      schedule({ invitees: Array(501).fill({ email: 'a@b.test', role: 'ATTENDEE' }) }),
    ],
    [
      'scheduleMeeting',
      'an unknown role',
      schedule({ invitees: [{ email: 'a@b.test', role: 'OWNER' }] }),
    ],
    ['scheduleMeeting', 'an unknown field', schedule({ sendEmail: true })],
    ['scheduleMeeting', 'a request id with spaces and slashes', { requestId: '../x y', request }],
    ['openExtensionPage', 'a page that is an address', { page: 'https://evil.test' }],
    ['resultPanelSetup', 'an oversized fingerprint', { fingerprint: 'A'.repeat(17) }],
    [
      'resultPanelSetup',
      'an oversized navigation type',
      { fingerprint: 'abc', navigationType: 'n'.repeat(33) },
    ],
    ['dismissResult', 'markup as a fingerprint', { fingerprint: '<b>' }],
  ] as [MessageType, string, unknown][])('%s: refuses %s', async (type, _, data) => {
    const sender = PANEL_ONLY.includes(type) ? resultPage : popup;
    const answer = await admitMessage(type, data, sender, env);
    expect(answer).toMatchObject({
      ok: false,
      reply: { error: { kind: 'refused', message: expect.stringMatching(/does not accept/) } },
    });
  });
});
