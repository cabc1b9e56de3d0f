import { describe, expect, test } from 'vitest';
import { WebExApiError } from '../../../../lib/webex/errors';
import { ticketCredentials } from '../../../../lib/webex/xml/credentials';
import {
  buildCreateMeetingRequest,
  createMeeting,
  parseCreateMeetingResponse,
  type CreateMeetingInput,
} from '../../../../lib/webex/xml/operations/create-meeting';
import { childNode, childNodes, childText, descend } from '../../../../lib/webex/xml/xml-tree';
import { scriptedFetch } from './fake-fetch';
import { bodyContentOf, readFixture } from './fixtures';
import { requestBody } from './request-parts';
import { SESSION } from './test-session';

const input: CreateMeetingInput = {
  topic: 'Design review',
  startsAt: Date.UTC(2026, 6, 1, 7, 30), // 09:30 in Berlin summer time
  timeZone: 'Europe/Berlin',
  durationMinutes: 45,
  meetingPassword: 'Blue7Sky',
  meetingType: 74377,
  agenda: 'Mock-ups',
  invitees: [
    { email: 'ann@example.com', name: 'Ann Lee', role: 'ATTENDEE' },
    { email: 'bo@example.com', role: 'HOST' },
  ],
};

describe('CreateMeeting request', () => {
  const request = buildCreateMeetingRequest(ticketCredentials(SESSION), input);
  const body = requestBody(request.xml);

  test('schedules at the wall-clock time of the host zone', () => {
    expect(request).toMatchObject({ startDate: '07/01/2026 09:30:00', timeZoneId: 25 });
    const schedule = childNode(body, 'schedule');
    expect(childText(schedule, 'startDate')).toBe('07/01/2026 09:30:00');
    expect(childText(schedule, 'timeZoneID')).toBe('25');
    expect(childText(schedule, 'duration')).toBe('45');
  });

  test('groups are in schema order with password, meta data and invitees', () => {
    const groups = request.xml.match(/<meet:(accessControl|metaData|participants|schedule)>/g);
    expect(groups).toEqual([
      '<meet:accessControl>',
      '<meet:metaData>',
      '<meet:participants>',
      '<meet:schedule>',
    ]);
    expect(childText(childNode(body, 'accessControl'), 'meetingPassword')).toBe('Blue7Sky');
    expect(childText(childNode(body, 'metaData'), 'meetingType')).toBe('74377');
  });

  test('each invitee is a person with a role and an e-mail invitation', () => {
    const attendees = childNodes(descend(body, ['participants', 'attendees']), 'attendee');
    expect(
      attendees.map((node) => ({
        name: childText(childNode(node, 'person'), 'name'),
        email: childText(childNode(node, 'person'), 'email'),
        role: childText(node, 'role'),
        emailInvitations: childText(node, 'emailInvitations'),
      })),
    ).toEqual([
      { name: 'Ann Lee', email: 'ann@example.com', role: 'ATTENDEE', emailInvitations: 'true' },
      { name: undefined, email: 'bo@example.com', role: 'HOST', emailInvitations: 'true' },
    ]);
  });

  test('optional groups are left out when empty', () => {
    const bare = buildCreateMeetingRequest(ticketCredentials(SESSION), {
      ...input,
      meetingPassword: undefined,
      invitees: [],
    }).xml;
    expect(bare).not.toContain('accessControl');
    expect(bare).not.toContain('participants');
  });

  test('a start after 2050 is refused before anything is sent', () => {
    expect(() =>
      buildCreateMeetingRequest(ticketCredentials(SESSION), {
        ...input,
        startsAt: Date.UTC(2051, 0, 1),
      }),
    ).toThrow(
      expect.objectContaining({
        kind: 'input',
        explanation: expect.objectContaining({ meaning: expect.stringContaining('2050') }),
      }),
    );
  });
});

describe('CreateMeeting response', () => {
  test('a newer server also returns the meeting UUID and password', () => {
    const content = bodyContentOf(
      readFixture('create_meeting_response_newer_server.xml'),
      'CreateMeeting',
    );
    expect(
      parseCreateMeetingResponse(content, { ...input, meetingPassword: undefined }, 25),
    ).toEqual({
      meetingKey: '0123456789',
      topic: 'Design review',
      startsAt: input.startsAt,
      durationMinutes: 45,
      timeZoneId: 25,
      meetingPassword: 'Xy7pQr2a',
      hostICalendarUrl: 'https://acme.webex.com/acme/j.php?MTID=m1111',
      attendeeICalendarUrl: 'https://acme.webex.com/acme/j.php?MTID=m2222',
      guestToken: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
      meetingUuid: 'd6a4f7c2e9b84d1aa3c5e7f9b1d3f5a7',
    });
  });

  test('040007 (alternate host without a host account) explains to invite them as attendees', async () => {
    const fetch = scriptedFetch({ body: readFixture('create_meeting_response_040007.xml') });
    const scheduling = createMeeting({ fetch }, SESSION, input);
    await expect(scheduling).rejects.toBeInstanceOf(WebExApiError);
    await expect(scheduling).rejects.toMatchObject({
      exceptionId: '040007',
      explanation: { action: expect.stringMatching(/invite them as attendees instead/i) },
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
