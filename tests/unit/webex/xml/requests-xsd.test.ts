import { describe, expect, test } from 'vitest';
import { validateAgainstXsd } from '../../../support/xsd';
import { ticketCredentials } from '../../../../lib/webex/xml/credentials';
import { buildAuthenticateUserRequest } from '../../../../lib/webex/xml/operations/authenticate-user';
import { buildCreateMeetingRequest } from '../../../../lib/webex/xml/operations/create-meeting';
import { buildDelMeetingRequest } from '../../../../lib/webex/xml/operations/del-meeting';
import { buildGetApiVersionRequest } from '../../../../lib/webex/xml/operations/get-api-version';
import { buildGetMeetingRequest } from '../../../../lib/webex/xml/operations/get-meeting';
import { buildGetUserRequest } from '../../../../lib/webex/xml/operations/get-user';
import { emailTicketCredentials } from '../../../../lib/webex/xml/credentials';
import { buildGethosturlMeetingRequest } from '../../../../lib/webex/xml/operations/gethosturl-meeting';
import { buildGetjoinurlMeetingRequest } from '../../../../lib/webex/xml/operations/getjoinurl-meeting';
import { buildLstMeetingTypeRequest } from '../../../../lib/webex/xml/operations/lst-meeting-type';
import { buildLstTimeZoneRequest } from '../../../../lib/webex/xml/operations/lst-time-zone';
import { buildLstsummaryMeetingRequest } from '../../../../lib/webex/xml/operations/lstsummary-meeting';
import { SESSION, SITE } from './test-session';

const ticket = ticketCredentials(SESSION);

const scheduleRequest = {
  topic: 'Quarterly review',
  startsAt: Date.UTC(2026, 2, 10, 15, 0),
  timeZone: 'Europe/Berlin',
  durationMinutes: 45,
  meetingPassword: 'Qw3rty!',
  meetingType: 74377,
  agenda: 'Numbers & plans',
  openTimeSeconds: 300,
  invitees: [
    { email: 'ann@example.com', name: 'Ann', role: 'ATTENDEE' as const },
    { email: 'bo@example.com', role: 'HOST' as const },
  ],
};

const requests: [string, () => string][] = [
  ['GetUser', () => buildGetUserRequest(ticket, 'jdoe')],
  [
    'GetUser by email, right after an email sign-in',
    () =>
      buildGetUserRequest(
        emailTicketCredentials(SITE, 'jdoe@acme.example', 'AAAB'),
        'jdoe@acme.example',
      ),
  ],
  ['CreateMeeting', () => buildCreateMeetingRequest(ticket, scheduleRequest).xml],
  [
    'CreateMeeting (no invitees, no password, no agenda)',
    () =>
      buildCreateMeetingRequest(ticket, {
        topic: 'Quick sync',
        startsAt: Date.UTC(2026, 0, 5, 9),
        timeZone: 'America/New_York',
        durationMinutes: 30,
        invitees: [],
      }).xml,
  ],
  [
    'LstsummaryMeeting',
    () =>
      buildLstsummaryMeetingRequest(ticket, {
        from: Date.UTC(2026, 0, 1),
        to: Date.UTC(2026, 0, 31),
        max: 20,
        hostWebExId: 'jdoe',
      }),
  ],
  ['GetMeeting', () => buildGetMeetingRequest(ticket, '123456789')],
  ['DelMeeting', () => buildDelMeetingRequest(ticket, '123456789')],
  ['GethosturlMeeting', () => buildGethosturlMeetingRequest(ticket, '123456789')],
  ['GetjoinurlMeeting', () => buildGetjoinurlMeetingRequest(ticket, '123456789')],
  [
    'LstTimeZone',
    () => buildLstTimeZoneRequest(ticket, { timeZoneIds: [4, 25], date: '03/10/2026 12:00:00' }),
  ],
  ['LstTimeZone (all zones)', () => buildLstTimeZoneRequest(ticket)],
  ['LstMeetingType (the host types)', () => buildLstMeetingTypeRequest(ticket, [74377, 3])],
  ['LstMeetingType (all types)', () => buildLstMeetingTypeRequest(ticket)],
  ['GetAPIVersion', () => buildGetApiVersionRequest(SITE)],
];

describe('every request validates against the published XSD', () => {
  test.each(requests)('%s', async (_name, build) => {
    const result = await validateAgainstXsd(build());
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  // The 2011 schema knows only the SAML form of AuthenticateUser (a required samlResponse).
  // Password sign-in sends an empty body, as WebEx documents it; everything else must be valid.
  test('AuthenticateUser: valid except for the SAML-only samlResponse the old schema requires', async () => {
    const xml = buildAuthenticateUserRequest(SITE, 'jdoe', 's3cret<&>');
    const result = await validateAgainstXsd(xml);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/bodyContent.*Missing child element.*samlResponse/);
  });

  test.each(['webExID', 'email'] as const)(
    'the same AuthenticateUser envelope (host named by %s) is valid once the body has what the old schema wants',
    async (field) => {
      const xml = buildAuthenticateUserRequest(
        SITE,
        'jdoe@acme.example',
        's3cret<&>',
        field,
      ).replace('></serv:bodyContent>', '><use:samlResponse/></serv:bodyContent>');
      expect(xml).toContain(`<com:${field}>jdoe@acme.example</com:${field}>`);
      expect((await validateAgainstXsd(xml)).errors).toEqual([]);
    },
  );
});
