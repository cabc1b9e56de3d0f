import { describe, expect, it } from 'vitest';
import { decodeInput, MAX_DECODE_INPUT } from '../../../lib/explainer/decode/decode-input';
import { readJavaScriptString, redirectTarget } from '../../../lib/explainer/decode/redirect-page';
import { explainException } from '../../../lib/webex/exception-catalogue';
import { ExceptionId } from '../../../lib/webex/exception-ids';
import { readRecorded as recorded } from '../../support/reference';

// Inputs shaped like what hosts and integrators paste: answers with their HTTP headers,
// WebEx's redirect page, and URL API links that have not run yet (issue 10, items 3, 4, 11, 12).

const everything = (explained: ReturnType<typeof decodeInput>) => JSON.stringify(explained);

describe('an answer pasted with its HTTP headers (item 3)', () => {
  it('skips the header block: the issue’s 060026 answer says the site requires a password', () => {
    const pasted = `HTTP/1.1 200 OK\nContent-Type: text/xml\n\n${recorded('meeting_create_meeting_response_bad.xml')}`;
    const explained = decodeInput(pasted);
    expect(explained?.headline).toBe('Your site requires a meeting password');
    expect(explained?.headline).toBe(explainException(ExceptionId.MeetingPasswordRequired).title);
    expect(explained?.facts).toContainEqual({ label: 'HTTP status', value: '200 OK' });
  });

  it('reads HTTP/2, CRLF line ends and lower-case headers the same way', () => {
    const pasted =
      'HTTP/2 200\r\ncontent-type: text/xml;charset=UTF-8\r\nx-trace: a: b\r\n\r\n' +
      recorded('user_get_user_response_bad.xml');
    expect(decodeInput(pasted)?.headline).toBe(
      explainException(ExceptionId.SessionTicketInvalid).title,
    );
  });

  it('a redirect answered with HTTP 302 is read from its Location header', () => {
    const pasted =
      'HTTP/1.1 302 Found\r\nLocation: https://intranet.example/done?AT=JM&ST=FAIL&RS=MeetingLocked&MK=123456789\r\n\r\n';
    expect(decodeInput(pasted)).toMatchObject({
      tone: 'failure',
      headline: "Couldn't join meeting 123 456 789",
    });
  });

  it('headers without a body say what is missing', () => {
    expect(decodeInput('HTTP/1.1 200 OK\nContent-Type: text/xml\n\n')?.headline).toBe(
      'Only the HTTP headers were pasted',
    );
  });
});

describe('WebEx’s own redirect page (item 4)', () => {
  const issuePage = String.raw`<script>location.href="https\x3a\x2f\x2facme.webex.com\x2fmw3300\x2fmywebex\x2fdefault.do\x3fsiteurl\x3dacme\x26AT\x3dLO\x26ST\x3dSUCCESS";</script>`;

  it('unescapes the target and explains its result: the issue’s page means "Signed out"', () => {
    const explained = decodeInput(issuePage);
    expect(explained).toMatchObject({ tone: 'success', headline: 'Signed out' });
    expect(explained?.facts).toContainEqual({
      label: 'Redirects to',
      value: 'https://acme.webex.com/mw3300/mywebex/default.do',
    });
  });

  it('reads \\u escapes, \\/ and location.replace in a whole page', () => {
    const page = String.raw`<!DOCTYPE html><html><head><title>WebEx</title></head><body>
      <script type="text/javascript">window.location.replace('https:\/\/intranet.example\/back?AT\u003dJM\u0026ST\u003dFAIL\u0026RS\u003dMeetingNotInProgress\u0026MK\u003d123456789');</script>
      </body></html>`;
    expect(decodeInput(page)).toMatchObject({
      tone: 'failure',
      headline: "Couldn't join meeting 123 456 789",
    });
  });

  it('a page without a redirect is still an HTML page, not an answer', () => {
    expect(decodeInput('<!doctype html><html><body>Sign in</body></html>')?.headline).toMatch(
      /not a WebEx XML API answer/,
    );
  });

  it('unescapes JavaScript strings exactly', () => {
    expect(readJavaScriptString(String.raw`a\x3d\u0026\/\\\"b"rest`, 0, '"')).toBe('a=&/\\"b');
    expect(readJavaScriptString('no closing quote', 0, '"')).toBeUndefined();
    expect(redirectTarget('location = "x"; location.href = "y"')).toBe('x');
  });

  it('stays linear on adversarial pages', () => {
    const hostile = [
      `<script>${'location.href="\\x'.repeat(MAX_DECODE_INPUT / 20)}</script>`,
      `<script>location.href="${'\\'.repeat(MAX_DECODE_INPUT - 40)}`,
      `<p>${'location'.repeat(MAX_DECODE_INPUT / 9)}</p>`,
    ];
    for (const page of hostile) {
      const started = performance.now();
      decodeInput(page);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});

describe('a URL API command pasted before it ran (item 11)', () => {
  const ticket = 'aB3xYz9TicketSecret';
  const startLink = `https://acme.webex.com/acme/p.php?AT=LI&TK=${ticket}&MU=${encodeURIComponent(
    'https://acme.webex.com/acme/m.php?AT=HM&MK=180208468',
  )}`;

  it('the issue’s start link: a start link, not a result; signs in with a ticket, starts 180 208 468', () => {
    const explained = decodeInput(startLink);
    expect(explained?.headline).toBe('A start link, not a result');
    expect(explained?.meaning).toContain('one-time ticket');
    expect(explained?.meaning).toContain('start meeting 180 208 468');
    expect(explained?.action).toMatch(/^Don't share it/);
    expect(explained?.facts).toContainEqual({ label: 'Meeting number (MK)', value: '180 208 468' });
    expect(everything(explained)).not.toContain(ticket);
  });

  it.each([
    ['https://acme.webex.com/acme/m.php?AT=JM&MK=123456789', 'join meeting 123 456 789'],
    [
      'https://acme.webex.com/acme/m.php?AT=HM&MK=123456789&BU=https%3A%2F%2Fx.example%2Fback%3Fu%3Dme',
      'start meeting 123 456 789',
    ],
    ['https://acme.webex.com/acme/m.php?AT=SM&MT=1', 'schedule a meeting'],
    ['https://acme.webex.com/acme/m.php?AT=OM', 'list the meetings in progress'],
    ['https://acme.webex.com/acme/p.php?AT=LO&BU=https%3A%2F%2Fintranet.example', 'sign out'],
    ['https://acme.webex.com/acme/m.php?at=dm&mk=1234567890', 'delete meeting 123 456 7890'],
    ['https://acme.webex.com/acme/m.php?AT=XY', 'run the WebEx command XY'],
  ])('%s says what it would do', (link, does) => {
    const explained = decodeInput(link);
    expect(explained?.headline).toBe('A WebEx link, not a result');
    expect(explained?.meaning).toContain(does);
  });

  it('shows the back URL’s page, not its query', () => {
    expect(
      decodeInput(
        'https://acme.webex.com/acme/m.php?AT=JM&MK=1&BU=https%3A%2F%2Fx.example%2Fback%3Fu%3Dme',
      )?.facts,
    ).toContainEqual({ label: 'Back URL (BU)', value: 'https://x.example/back' });
  });

  it('a sign-in link with a password warns and never shows the password', () => {
    const explained = decodeInput(
      'https://acme.webex.com/acme/p.php?AT=LI&WID=jdoe&PW=hunter2&MU=m.php%3FAT%3DJM%26MK%3D123456789',
    );
    expect(explained?.meaning).toContain('password written into the address');
    expect(explained?.meaning).toContain('join meeting 123 456 789');
    expect(explained?.action).toMatch(/change that password/);
    expect(everything(explained)).not.toContain('hunter2');
  });

  it('a page that is not p.php or m.php, nor a meeting link, still lacks a result', () => {
    expect(decodeInput('https://acme.webex.com/acme/x.php?MTID=m1')?.headline).toBe(
      'No WebEx result in this address',
    );
  });
});

describe('a start link whose MU is not percent-encoded (item 12)', () => {
  it('the issue’s link keeps the meeting key with the host command', () => {
    const explained = decodeInput(
      'https://acme.webex.com/acme/p.php?AT=LI&TK=t&MU=https://acme.webex.com/acme/m.php?AT=HM&MK=180208468&Rnd=0.41',
    );
    expect(explained?.headline).toBe('A start link, not a result');
    expect(explained?.meaning).toContain('start meeting 180 208 468');
  });

  it('a join command chained the same way keeps its meeting key too', () => {
    const explained = decodeInput(
      'https://acme.webex.com/acme/p.php?AT=LI&TK=t&MU=/acme/m.php?AT=JM&MK=123456789&BU=https%3A%2F%2Fx.example',
    );
    expect(explained?.meaning).toContain('join meeting 123 456 789');
  });
});

describe('a back URL copied out of another link (issue 13, item 16)', () => {
  it('is percent-encoded as a whole: decoded once, then explained', () => {
    const inner = 'https://intranet.example/done?AT=JM&ST=FAIL&RS=MeetingLocked&MK=123456789';
    const explained = decodeInput(encodeURIComponent(inner));
    expect(explained).toMatchObject({
      tone: 'failure',
      headline: "Couldn't join meeting 123 456 789",
    });
    expect(explained?.facts).toContainEqual({
      label: 'Read from',
      value: 'a percent-encoded address (decoded once)',
    });
  });
});
