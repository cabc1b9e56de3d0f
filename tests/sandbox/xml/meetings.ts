import { siteOrigin, type HostConfig, type SiteConfig } from '../config.ts';
import { isHostOf, type Meeting } from '../state.ts';
import { findTimeZone } from '../time-zones.ts';
import type { OperationContext } from './context.ts';
import { childText } from './document.ts';
import { group, tag } from './escape.ts';
import { EXCEPTIONS, XmlFailure } from './exceptions.ts';

/** The meeting named by meetingKey (or sessionKey) that `host` hosts, else 060001. */
export function findHostedMeeting(context: OperationContext, host: HostConfig): Meeting {
  const meeting = findMeeting(context);
  if (!isHostOf(meeting, host)) throw new XmlFailure(EXCEPTIONS.meetingNotFound);
  return meeting;
}

/** The meeting named by meetingKey (or sessionKey) on the site, else 060001. */
export function findMeeting({ body, state }: OperationContext): Meeting {
  const key = childText(body, 'meetingKey') ?? childText(body, 'sessionKey');
  const meeting = state.meetings.find((item) => item.meetingKey === key?.trim());
  if (!meeting) throw new XmlFailure(EXCEPTIONS.meetingNotFound);
  return meeting;
}

export function timeZoneLabel(id: number): string {
  return findTimeZone(id)?.label ?? '';
}

export function meetingPageUrl(site: SiteConfig, page: string, query: string): string {
  return `${siteOrigin(site)}/${site.name}/${page}?${query}`;
}

export function iCalendarXml(site: SiteConfig, meeting: Meeting): string {
  return group('meet:iCalendarURL', [
    tag('serv:host', meetingPageUrl(site, 'j.php', `MTID=${meeting.hostMtid}`)),
    tag('serv:attendee', meetingPageUrl(site, 'j.php', `MTID=${meeting.attendeeMtid}`)),
  ]);
}

/** meet:meeting of LstsummaryMeeting, in the schema's order. */
export function summaryXml(meeting: Meeting): string {
  return group('meet:meeting', [
    tag('meet:meetingKey', meeting.meetingKey),
    tag('meet:confName', meeting.confName),
    tag('meet:meetingType', meeting.meetingType),
    tag('meet:hostWebExID', meeting.hostWebExId),
    tag('meet:otherHostWebExID', meeting.hostWebExId),
    tag('meet:timeZoneID', meeting.timeZoneID),
    tag('meet:timeZone', timeZoneLabel(meeting.timeZoneID)),
    tag('meet:status', meeting.status),
    tag('meet:startDate', meeting.startDate),
    tag('meet:duration', meeting.durationMinutes),
    tag('meet:listStatus', 'PUBLIC'),
  ]);
}

/** The body of GetMeeting, shaped like recorded/meeting_get_meeting_response_good.xml. */
export function detailXml(meeting: Meeting): string[] {
  const accessControl = [tag('meet:listToPublic', false), tag('meet:isPublic', false)];
  if (meeting.meetingPassword !== undefined)
    accessControl.push(tag('meet:meetingPassword', meeting.meetingPassword));
  return [
    group('meet:accessControl', accessControl),
    group('meet:metaData', [
      tag('meet:confName', meeting.confName),
      tag('meet:meetingType', meeting.meetingType),
      tag('meet:agenda', meeting.agenda),
      tag('meet:invitation', ''),
      tag('meet:isInternal', false),
    ]),
    group('meet:participants', [
      tag('meet:maxUserNumber', meeting.maxUserNumber),
      '<meet:attendees/>',
    ]),
    group('meet:enableOptions', [
      tag('meet:chat', true),
      tag('meet:poll', true),
      tag('meet:audioVideo', true),
    ]),
    group('meet:schedule', [
      tag('meet:startDate', meeting.startDate),
      tag('meet:timeZoneID', meeting.timeZoneID),
      tag('meet:timeZone', timeZoneLabel(meeting.timeZoneID)),
      tag('meet:duration', meeting.durationMinutes),
      tag('meet:openTime', meeting.openTimeSeconds),
      tag('meet:hostWebExID', meeting.hostWebExId),
    ]),
    group('meet:telephony', [tag('meet:telephonySupport', 'CALLIN')]),
    '<meet:tracking/>',
    group('meet:repeat', [tag('meet:repeatType', 'NO_REPEAT')]),
    '<meet:remind/>',
    group('meet:attendeeOptions', [tag('meet:request', false), tag('meet:registration', false)]),
    tag('meet:meetingkey', meeting.meetingKey),
    tag('meet:status', meeting.status),
    tag('meet:hostJoined', meeting.hostJoined),
    tag('meet:participantsJoined', false),
    tag('meet:telePresence', false),
    tag('meet:hostKey', meeting.hostKey),
    tag('meet:eventID', meeting.eventID),
    tag('meet:guestToken', meeting.guestToken),
    tag('meet:hostType', '1019001'),
  ];
}
