/**
 * Calendar entries for one meeting: the text they carry, the .ics event, and one-click links
 * to Google Calendar and Outlook on the web. One policy for all three: a calendar entry never
 * holds the meeting password (a calendar link hands its text to another company's site, and a
 * calendar is shared more widely than a mail): it says "password in the invitation" instead.
 */
import { t } from '../i18n';
import { carriesPasswordParameter } from '../webex/url/password-guard';
import { formatMeetingNumber } from '../webex/url/meeting-number';
import type { CalendarEvent } from './ics';
import { renderInvitationTemplate } from './invitation-template';
import { httpsLink } from './safe-link';

/** What a calendar entry is made of; no password field, on purpose. */
export interface CalendarMeeting {
  meetingKey: string;
  /** The site's host ("acme.webex.com"): with the key, the entry's stable UID. */
  siteHost: string;
  topic: string;
  /** Epoch ms. */
  startsAt: number;
  durationMinutes: number;
  /** WebEx's join link; left out of every entry unless plain https and free of PW=/PID=. */
  joinUrl?: string;
}

/** The join link fit for a calendar entry, or undefined. */
function calendarJoinLink(joinUrl: string | undefined): string | undefined {
  const link = httpsLink(joinUrl);
  return link && !carriesPasswordParameter(link) ? link : undefined;
}

/**
 * The entry's text in the UI language: join link (when known), meeting number in groups, and
 * "Password: in the invitation" (`meetings.calendar.details`).
 */
export function calendarDetails(meeting: CalendarMeeting): string {
  const template = t('meetings.calendar.details', { link: '{link}', number: '{number}' });
  return renderInvitationTemplate(template, {
    link: calendarJoinLink(meeting.joinUrl),
    number: formatMeetingNumber(meeting.meetingKey),
  });
}

/** The .ics event (lib/meetings/ics.ts) for the meeting; `now` (epoch ms) is its stamp. */
export function calendarEvent(meeting: CalendarMeeting, now: number): CalendarEvent {
  return {
    uid: `${meeting.meetingKey}@${meeting.siteHost}`,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    summary: meeting.topic,
    description: calendarDetails(meeting),
    url: calendarJoinLink(meeting.joinUrl),
    now,
  };
}

/** 20260310T133000Z, as both calendars read it. */
function utcStamp(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Google Calendar's "new event" page, prefilled (`calendar/render?action=TEMPLATE`): topic,
 * start/end in UTC, the details and the join link as location.
 */
export function googleCalendarLink(meeting: CalendarMeeting): string {
  const end = meeting.startsAt + meeting.durationMinutes * 60_000;
  const url = new URL('https://calendar.google.com/calendar/render');
  url.search = new URLSearchParams({
    action: 'TEMPLATE',
    text: meeting.topic,
    dates: `${utcStamp(meeting.startsAt)}/${utcStamp(end)}`,
    details: calendarDetails(meeting),
    location: calendarJoinLink(meeting.joinUrl) ?? '',
  }).toString();
  return url.href;
}

/**
 * Outlook on the web's compose page for a new event (work and school accounts,
 * outlook.office.com), prefilled: subject, start/end as ISO instants, the details as body and
 * the join link as location.
 */
export function outlookWebLink(meeting: CalendarMeeting): string {
  const end = meeting.startsAt + meeting.durationMinutes * 60_000;
  const url = new URL('https://outlook.office.com/calendar/0/deeplink/compose');
  url.search = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: meeting.topic,
    startdt: new Date(meeting.startsAt).toISOString(),
    enddt: new Date(end).toISOString(),
    body: calendarDetails(meeting),
    location: calendarJoinLink(meeting.joinUrl) ?? '',
  }).toString();
  return url.href;
}
