import { describe, expect, it } from 'vitest';
import {
  calendarDetails,
  calendarEvent,
  googleCalendarLink,
  outlookWebLink,
  type CalendarMeeting,
} from '../../../lib/meetings/calendar-links';
import { buildIcs } from '../../../lib/meetings/ics';

const JOIN = 'https://acme.webex.com/acme/j.php?MTID=m0123456789abcdef';
const meeting: CalendarMeeting = {
  meetingKey: '645850472',
  siteHost: 'acme.webex.com',
  topic: 'Plan & review: Q2 #1 ?x=1',
  startsAt: Date.UTC(2026, 2, 10, 13, 30),
  durationMinutes: 45,
  joinUrl: JOIN,
};
const DETAILS = [
  `Join the WebEx meeting: ${JOIN}`,
  'Meeting number: 645 850 472',
  'Password: in the invitation',
].join('\n');

describe('calendarDetails', () => {
  it('has the join link and the number, and sends to the invitation for the password', () => {
    expect(calendarDetails(meeting)).toBe(DETAILS);
  });

  it('leaves out a join link that is not https or carries a password', () => {
    for (const joinUrl of [
      'javascript:alert(1)',
      'http://acme.webex.com/acme/j.php?MTID=m1',
      'https://acme.webex.com/acme/j.php?MTID=m1&PW=Secret7',
      'https://acme.webex.com/acme/m.php?AT=JM%26PWD%3DSecret7',
      undefined,
    ]) {
      const details = calendarDetails({ ...meeting, joinUrl });
      expect(details).not.toMatch(/Join the WebEx|Secret7/);
      expect(details.split('\n')[0]).toBe('Meeting number: 645 850 472');
    }
  });
});

describe('googleCalendarLink', () => {
  const url = new URL(googleCalendarLink(meeting));

  it('opens Google Calendar prefilled with topic, UTC start/end, details and location', () => {
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: 'TEMPLATE',
      text: meeting.topic,
      dates: '20260310T133000Z/20260310T141500Z',
      details: DETAILS,
      location: JOIN,
    });
    expect(url.hash).toBe('');
  });
});

describe('outlookWebLink', () => {
  const url = new URL(outlookWebLink(meeting));

  it('opens Outlook on the web prefilled with subject, ISO start/end, body and location', () => {
    expect(url.origin + url.pathname).toBe(
      'https://outlook.office.com/calendar/0/deeplink/compose',
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      path: '/calendar/action/compose',
      rru: 'addevent',
      subject: meeting.topic,
      startdt: '2026-03-10T13:30:00.000Z',
      enddt: '2026-03-10T14:15:00.000Z',
      body: DETAILS,
      location: JOIN,
    });
  });
});

describe('one password policy for every calendar entry', () => {
  it('puts the same text in the .ics file as in the links, and no password anywhere', () => {
    const event = calendarEvent(meeting, Date.UTC(2026, 2, 9));
    expect(event.description).toBe(DETAILS);
    expect(event.uid).toBe('645850472@acme.webex.com');
    const ics = buildIcs(event).replace(/\r\n /g, '');
    expect(ics).toContain('Password: in the invitation');
    // The only input that could carry a password is the join link: a PW= there is dropped.
    const leaky = { ...meeting, joinUrl: `${JOIN}&PW=Secret7` };
    for (const text of [
      buildIcs(calendarEvent(leaky, 0)),
      googleCalendarLink(leaky),
      outlookWebLink(leaky),
    ]) {
      expect(decodeURIComponent(text)).not.toContain('Secret7');
    }
  });
});
