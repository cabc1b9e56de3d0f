import { describe, expect, it } from 'vitest';
import {
  explainResult,
  formatMeetingNumber,
  KNOWN_RS_CODES,
  type ActionId,
} from '../../../lib/webex/rs-catalogue';
import { parseBackUrlResult } from '../../../lib/webex/url/back-url';
import { seedRsCodeEntries } from '../../support/seed-rs-codes';

const ACTIONS: ActionId[] = [
  'sign-in-on-site',
  'start-meeting',
  'join-meeting',
  'sign-out-of-webex',
  'open-extension',
  'open-settings',
  'copy-details',
  'dismiss',
];
const COMMANDS = ['LI', 'LO', 'SU', 'HM', 'JM', 'SM', 'IM', 'DM', 'OM'];
// Words from the developer documentation that a host should never have to read.
const DEVELOPER_TALK =
  /AT=|\.php|\bWID\b|\bPW\b|\bEM\b|\bPID\b|parameter|Developer Support|send AT/i;

/** The seed's codes as it writes them, e.g. "Access Denied". */
const seedCodes = seedRsCodeEntries().map((entry) => entry.written);

describe('explainResult for failures', () => {
  it('reads all twelve codes of the URL API error page', () => {
    expect(seedCodes).toHaveLength(12);
    for (const heading of seedCodes) {
      const explanation = explainResult({ at: 'LI', st: 'FAIL', rs: heading });
      expect(explanation.known, heading).toBe(true);
      expect(explanation.code?.toLowerCase()).toBe(heading.replace(/ /g, '').toLowerCase());
    }
  });

  it.each([
    ['LI', 'AccountLocked'],
    ['LI', 'InvalidSessionTicket'],
    ['LI', 'InvalidTicket'],
    ['JM', 'MeetingNotInProgress'],
    ['JM', 'InvalidMeetingKeyOrPassword'],
    ['JM', 'InvalidMeetingKey'],
    ['JM', 'MeetingLocked'],
    ['JM', 'InvalidDataFormat'],
    ['JM', 'InvalidEmailAddress'],
    ['JM', 'InvalidRegistrationID'],
    ['JM', 'RegistrationIDIsRequired'],
    ['JM', 'LoginRequired'],
    ['SM', 'TeleConferenceLineReserveFail'],
    ['SM', 'MeetingScheduleFail'],
  ])('knows %s %s, seen in integrations', (at, rs) => {
    expect(KNOWN_RS_CODES).toContain(rs);
    expect(explainResult({ at, st: 'FAIL', rs })).toMatchObject({ known: true, code: rs });
  });

  it('explains every known code for every command, in words for a host', () => {
    for (const rs of KNOWN_RS_CODES) {
      for (const at of COMMANDS) {
        const explanation = explainResult({ at, st: 'FAIL', rs, mk: '123456789' });
        const label = `${at} ${rs}`;
        expect(explanation.known, label).toBe(true);
        expect(explanation.code, label).toBe(rs);
        // AlreadyLogon after LI is no failure for the host: the browser is signed in already.
        const headline = at === 'LI' && rs === 'AlreadyLogon' ? /^Already signed in/ : /^Couldn't /;
        expect(explanation.headline, label).toMatch(headline);
        for (const text of [explanation.meaning, explanation.whenSeen, explanation.action]) {
          expect(text, label).toMatch(/^[A-Z].{10,}[.)]$/);
          expect(text, label).not.toMatch(DEVELOPER_TALK);
        }
        expect(explanation.actions.length, label).toBeGreaterThan(0);
        expect(
          explanation.actions.every((action) => ACTIONS.includes(action)),
          label,
        ).toBe(true);
        expect(explanation.actions, label).toContain('dismiss');
      }
    }
  });

  it('has 26 distinct known codes', () => {
    expect(new Set(KNOWN_RS_CODES.map((code) => code.toLowerCase())).size).toBe(26);
  });

  it.each([
    ['BadWebexIDorPassword', 'BadWebExIDorPassword'],
    ['BadWebIDorPassword', 'BadWebExIDorPassword'],
    ['badwebexidorpassword', 'BadWebExIDorPassword'],
    ['DonotSupportAPI', 'DoNotSupportAPI'],
    ['DONOTSUPPORTAPI', 'DoNotSupportAPI'],
    ['Access Denied', 'AccessDenied'],
    ['alreadylogon', 'AlreadyLogon'],
  ])('matches %s as %s', (rs, code) => {
    expect(explainResult({ at: 'LI', st: 'FAIL', rs })).toMatchObject({ known: true, code });
  });

  it('says RS=Unknown when creating an account means the email address, elsewhere no reason', () => {
    expect(explainResult({ at: 'SU', st: 'FAIL', rs: 'Unknown' }).meaning).toMatch(/email address/);
    expect(explainResult({ at: 'HM', st: 'FAIL', rs: 'Unknown' }).meaning).toMatch(
      /without saying why/,
    );
  });

  it.each<[string, string, ActionId]>([
    ['LI', 'AlreadyLogon', 'sign-out-of-webex'],
    ['LI', 'BadWebExIDorPassword', 'sign-in-on-site'],
    ['LI', 'InvalidSessionTicket', 'open-extension'],
    ['SM', 'NoMeetingTypeSupport', 'open-settings'],
    ['SM', 'TheDurationIsExceedTheMaxDuration', 'open-extension'],
    ['HM', 'DoNotSupportAPI', 'copy-details'],
  ])('offers %s %s the next step %s first', (at, rs, action) => {
    expect(explainResult({ at, st: 'FAIL', rs }).actions[0]).toBe(action);
  });

  it('offers to start the meeting only when it knows which one', () => {
    expect(explainResult({ at: 'HM', st: 'FAIL', rs: 'InvalidTicket', mk: '1' }).actions).toContain(
      'start-meeting',
    );
    expect(explainResult({ at: 'HM', st: 'FAIL', rs: 'InvalidTicket' }).actions).not.toContain(
      'start-meeting',
    );
  });

  it.each([
    ['HM', '123456789', "Couldn't start meeting 123 456 789"],
    ['hm', undefined, "Couldn't start the meeting"],
    ['JM', '1234567890', "Couldn't join meeting 123 456 7890"],
    ['LI', undefined, "Couldn't sign in to WebEx"],
    ['LO', undefined, "Couldn't sign out of WebEx"],
    ['SM', undefined, "Couldn't schedule the meeting"],
    ['IM', undefined, "Couldn't start an instant meeting"],
    ['ZZ', undefined, "WebEx couldn't complete the request (ZZ)"],
  ])('names what failed: %s with MK %s', (at, mk, headline) => {
    expect(explainResult({ at, st: 'FAIL', rs: 'MeetingLocked', mk }).headline).toBe(headline);
  });

  // Issue 15, item 5: the page's code is quoted under the facts, never in the extension's words.
  it('explains a code it does not know in general terms, without repeating the code', () => {
    const explanation = explainResult({ at: 'HM', st: 'FAIL', rs: 'Quota<b>Exceeded</b>' });
    expect(explanation).toMatchObject({ known: false, code: 'Quota<b>Exceeded</b>' });
    expect(explanation.headline).toBe("Couldn't start the meeting");
    expect(explanation.meaning).not.toContain('Quota');
    expect(explanation.actions).toEqual(['copy-details', 'dismiss']);
  });

  it('explains a failure without any reason', () => {
    const explanation = explainResult({ at: 'JM', st: 'FAIL' });
    expect(explanation.known).toBe(false);
    expect(explanation.code).toBeUndefined();
    expect(explanation.meaning).toMatch(/gave no reason/);
  });
});

// Issue 10, item 10: a reason means what its command makes of it.
describe('reasons read with their command', () => {
  it('AccessDenied on HM: not the host or alternate host (after a start link), or timed out', () => {
    const explanation = explainResult(parseBackUrlResult('?AT=HM&ST=FAIL&RS=AccessDenied')!);
    expect(explanation.headline).toBe("Couldn't start the meeting");
    expect(explanation.meaning).toMatch(
      /start link.*not this meeting's host or one of its alternate hosts/,
    );
    expect(explanation.meaning).toMatch(/timed out.*30 minutes/);
    expect(explanation.action).toMatch(/^Start the meeting again from here: .*fresh start link/);
    expect(explanation.actions).toEqual(['open-extension', 'sign-in-on-site', 'dismiss']);
  });

  it('AccessDenied on HM with the meeting key offers to start that meeting as well', () => {
    const url = 'https://portal.example/back?AT=HM&ST=FAIL&RS=AccessDenied&MK=180208468';
    expect(explainResult(parseBackUrlResult(url)!).actions).toEqual([
      'start-meeting',
      'open-extension',
      'sign-in-on-site',
      'dismiss',
    ]);
  });

  it('AccessDenied elsewhere keeps its meaning: timed out on JM, not allowed on LI', () => {
    expect(explainResult({ at: 'JM', st: 'FAIL', rs: 'AccessDenied' }).meaning).not.toMatch(/host/);
    expect(explainResult({ at: 'LI', st: 'FAIL', rs: 'AccessDenied' }).meaning).toMatch(
      /isn't allowed/,
    );
  });

  it('AlreadyLogon after LI leads with "already signed in", then the chained command', () => {
    const explanation = explainResult(parseBackUrlResult('?AT=LI&ST=FAIL&RS=AlreadyLogon')!);
    expect(explanation.headline).toBe('Already signed in to WebEx');
    expect(explanation.meaning).toMatch(
      /^This browser is already signed in to the WebEx site.*If the link was meant to do something after signing in.*did not run\.$/,
    );
    expect(explanation.actions).toEqual(['sign-out-of-webex', 'dismiss']);
    expect(explanation).toMatchObject({ known: true, code: 'AlreadyLogon' });
  });

  it('AlreadyLogon after another command is still a failure of that command', () => {
    const explanation = explainResult({ at: 'HM', st: 'FAIL', rs: 'alreadylogon', mk: '1' });
    expect(explanation.headline).toBe("Couldn't start meeting 1");
    expect(explanation.meaning).toMatch(/did not run the next step/);
  });
});

describe('explainResult for successes', () => {
  it.each<[string, string | undefined, string, ActionId[]]>([
    ['LI', undefined, 'Signed in', ['dismiss']],
    ['LO', undefined, 'Signed out', ['dismiss']],
    ['HM', '123456789', 'Meeting 123 456 789 started', ['dismiss']],
    ['HM', undefined, 'Meeting started', ['dismiss']],
    ['JM', '123456789', 'Joined meeting 123 456 789', ['dismiss']],
    [
      'SM',
      '123456789',
      'Meeting 123 456 789 scheduled',
      ['start-meeting', 'copy-details', 'dismiss'],
    ],
    ['SM', undefined, 'Meeting scheduled', ['open-extension', 'dismiss']],
    ['IM', undefined, 'Instant meeting started', ['dismiss']],
    ['DM', '123456789', 'Meeting 123 456 789 deleted', ['dismiss']],
    ['XY', undefined, 'WebEx request completed', ['dismiss']],
  ])('%s with MK %s: %s', (at, mk, headline, actions) => {
    const explanation = explainResult({ at, st: 'SUCCESS', mk });
    expect(explanation).toMatchObject({ headline, actions, known: true });
    expect(explanation.code).toBeUndefined();
    expect(explanation.meaning).not.toMatch(DEVELOPER_TALK);
  });

  it('warns that a host or join success may only arrive when the meeting ends', () => {
    expect(explainResult({ at: 'HM', st: 'SUCCESS' }).meaning).toMatch(/meeting is over/);
    expect(explainResult({ at: 'JM', st: 'SUCCESS' }).meaning).toMatch(/meeting is over/);
  });

  // Issue 15, item 5: WID is the address's word, shown as a quoted fact only.
  it('does not name the account from the address in its own words', () => {
    expect(explainResult({ at: 'LI', st: 'SUCCESS', wid: 'jdoe' }).meaning).toBe(
      'WebEx signed you in to this site.',
    );
  });

  it('names a meeting only by a digits-only MK, and offers Start only then', () => {
    const crafted = explainResult({ at: 'SM', st: 'SUCCESS', mk: 'Claim your prize now' });
    expect(crafted.headline).toBe('Meeting scheduled');
    expect(crafted.actions).not.toContain('start-meeting');
    const failed = explainResult({ at: 'JM', st: 'FAIL', rs: 'MeetingNotInProgress', mk: 'x1' });
    expect(failed.headline).not.toContain('x1');
    expect(failed.actions).not.toContain('start-meeting');
    expect(explainResult({ at: 'SM', st: 'SUCCESS', mk: '123456789' }).headline).toBe(
      'Meeting 123 456 789 scheduled',
    );
  });

  // Issue 10, item 6.
  it("says an office was created, from the issue's back URL (ID and address as facts)", () => {
    const result = parseBackUrlResult(
      '?AT=CO&ST=SUCCESS&OID=1234&OURL=https%3A%2F%2Facme.webex.com%2Fmeet%2Falice',
    )!;
    expect(explainResult(result)).toMatchObject({
      headline: 'Office created',
      meaning: 'WebEx created the office.',
      actions: ['copy-details', 'dismiss'],
      known: true,
    });
  });

  it('an unknown command with returned values points to them', () => {
    const result = parseBackUrlResult('?AT=PL&ST=SUCCESS&WID=alice&ID=42')!;
    expect(explainResult(result).meaning).toMatch(/PL request succeeded and sent back the values/);
  });

  it('names an unknown command it succeeded', () => {
    expect(explainResult({ at: 'XY', st: 'SUCCESS' }).meaning).toContain('XY');
  });
});

describe('explaining what the page says', () => {
  it.each([
    ['https://x.example/?AT=LI&ST=FAIL&RS=AlreadyLogon', 'sign-out-of-webex'],
    ['https://x.example/?at=hm&st=failure&rs=accessdenied', 'open-extension'],
    ['https://x.example/?AT=SM&ST=SUCCESS&MK=123456789', 'start-meeting'],
  ])('%s offers %s', (url, action) => {
    expect(explainResult(parseBackUrlResult(url)!).actions[0]).toBe(action);
  });

  it('exports the meeting number format', () => {
    expect(formatMeetingNumber('123456789')).toBe('123 456 789');
  });
});
