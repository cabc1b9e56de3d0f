import { describe, expect, test } from 'vitest';
import { explainException } from '../../../lib/webex/exception-catalogue';
import {
  ExceptionId,
  isKnownExceptionId,
  KNOWN_EXCEPTION_IDS,
} from '../../../lib/webex/exception-ids';

// Every code design.md lists.
const DESIGN_CODES = [
  '000000',
  '000001',
  '000015',
  '000035',
  '000045',
  '030001',
  '030002',
  '030004',
  '030005',
  '030047',
  '030103',
  '030104',
  '040007',
  '060001',
  '060019',
  '060021',
  '060026',
];
// Codes met since, each with its source: 030048 with WebEx's reason "Authentication Server
// can't generate a valid session ticket" (issue 10).
const LATER_CODES = ['030048'];
const ALL_CODES = [...DESIGN_CODES, ...LATER_CODES];

describe('explainException', () => {
  test('knows exactly the codes of the design', () => {
    expect([...KNOWN_EXCEPTION_IDS].sort()).toEqual([...ALL_CODES].sort());
  });

  test.each(ALL_CODES)('%s has its own title, meaning and action', (code) => {
    const explanation = explainException(code);
    expect(isKnownExceptionId(code)).toBe(true);
    for (const text of [explanation.title, explanation.meaning, explanation.action]) {
      expect(text.trim().length).toBeGreaterThan(10);
    }
    expect(explanation.meaning).not.toContain(code);
  });

  test('titles are all different', () => {
    const titles = ALL_CODES.map((code) => explainException(code).title);
    expect(new Set(titles).size).toBe(ALL_CODES.length);
  });

  test('040007: an alternate host needs a host account; invite them as attendees instead', () => {
    const explanation = explainException(
      '040007',
      'The role is not supported for adding specified attendee to session',
    );
    expect(explanation.meaning).toMatch(/alternate host/);
    expect(explanation.meaning).toMatch(/active host account/);
    expect(explanation.action).toMatch(/^Invite them as attendees instead/);
  });

  test('030103: the site signs in through the organisation (Common Identity), refusing the password', () => {
    const explanation = explainException(ExceptionId.RoleNotSupported);
    expect(explanation.title).toMatch(/through your organisation/);
    expect(explanation.meaning).toMatch(/Common Identity.*refuses a password/);
    expect(explanation.action).toMatch(/Webex app/);
  });

  test('every named exceptionID is one the design lists, each name once', () => {
    expect(Object.values(ExceptionId).sort()).toEqual([...ALL_CODES].sort());
  });

  test('030047 tells the host to sign in again', () => {
    expect(explainException('030047').action).toMatch(/sign in again/i);
  });

  test('surrounding spaces in the code do not matter', () => {
    expect(explainException(' 060026 ')).toEqual(explainException('060026'));
  });

  // Issue 13, item 11: WebEx's own sentence leads, one sentence of advice, no blind retry.
  test.each([
    ['123456', 'Site is in maintenance', 'WebEx said: “Site is in maintenance”', 'code 123456'],
    [
      '999999',
      '<img src=x onerror=alert(1)>',
      'WebEx said: “<img src=x onerror=alert(1)>”',
      'code 999999',
    ],
    ['999999', undefined, 'code 999999', 'gave no reason'],
    ['', '  ', 'WebEx refused the request', 'gave no reason'],
  ])('unknown %j shows the reason as plain text', (code, reason, inTitle, inMeaning) => {
    const explanation = explainException(code, reason);
    expect(explanation.title).toContain(inTitle);
    expect(explanation.meaning).toContain(inMeaning);
    expect(explanation.action).not.toMatch(/try again/i);
    expect(explanation.action.match(/[.!?](\s|$)/g)).toHaveLength(1);
  });

  test("an unknown code with WebEx's reason: its sentence is the title; advice to change it, once", () => {
    const explanation = explainException(
      '060016',
      ' Meeting duration exceeds the maximum allowed on this site ',
    );
    expect(explanation).toEqual({
      title: 'WebEx said: “Meeting duration exceeds the maximum allowed on this site”',
      meaning: "The extension does not know code 060016 yet: these are WebEx's own words.",
      action: 'Change what WebEx names, or do this on the WebEx site itself.',
    });
  });

  test('a known code ignores the reason text (branch on the code, not the words)', () => {
    expect(explainException('060001', 'anything at all')).toEqual(explainException('060001'));
  });
});

// Issue 10, item 8: unknown codes, backup servers and sub-errors.
describe('explainException with what else the FAILURE said', () => {
  const AS0001 = { exceptionId: 'AS0001', reason: 'Ticket service unavailable' };

  test('030048 on backup servers: the sign-in service issued no ticket; try later; the sub-error', () => {
    const explanation = explainException(
      ExceptionId.SessionTicketNotIssued,
      "Authentication Server can't generate a valid session ticket",
      { gsbStatus: 'BACKUP', subErrors: [AS0001] },
    );
    expect(explanation.title).toBe("WebEx's sign-in service could not issue a session ticket");
    expect(explanation.meaning).toMatch(
      /^WebEx's authentication server could not create a session ticket/,
    );
    expect(explanation.meaning).toMatch(/backup servers.*Try again later\./);
    expect(explanation.meaning).toContain('WebEx added: AS0001 (Ticket service unavailable).');
    expect(explanation.action).toMatch(/try again/);
  });

  test('PRIMARY and no sub-errors change nothing', () => {
    expect(explainException('030048', 'x', { gsbStatus: 'PRIMARY', subErrors: [] })).toEqual(
      explainException('030048'),
    );
  });

  test("an unknown code says WebEx's own sentence first, then backup servers and sub-errors", () => {
    const explanation = explainException('000025', 'Service is temporarily unavailable', {
      gsbStatus: 'backup',
      subErrors: [AS0001, { exceptionId: 'AS0002', reason: '' }],
    });
    expect(explanation.title).toBe('WebEx said: “Service is temporarily unavailable”');
    expect(explanation.meaning).toMatch(/^The extension does not know code 000025 yet/);
    expect(explanation.meaning).toMatch(/backup servers/);
    expect(explanation.meaning).toMatch(
      /WebEx added: AS0001 \(Ticket service unavailable\); AS0002\.$/,
    );
  });
});
