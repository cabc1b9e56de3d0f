import type {
  Invitee,
  KeptSiteTimeZones,
  ScheduleRequest,
  ScheduledMeeting,
  Session,
} from '../../types';
import { callXmlApi, type XmlApiEnvironment } from '../call';
import { ticketCredentials } from '../credentials';
import { buildRequestXml, type SecurityContext } from '../envelope';
import { readToken, required, withoutUndefined } from '../fields';
import { readICalendarUrls } from '../icalendar';
import { webExStartFor } from '../webex-time';
import type { XmlElements } from '../xml-content';
import type { XmlNode } from '../xml-tree';

export interface CreateMeetingInput extends ScheduleRequest {
  /** Seconds before the start that attendees may join; left to the site's default if absent. */
  openTimeSeconds?: number;
  /** GetUser's timeZoneID, used when the browser's zone matches no WebEx zone. */
  fallbackTimeZoneId?: number;
  /** The site's own zones (LstTimeZone): the wall clock WebEx expects; else the built-in table. */
  siteTimeZones?: KeptSiteTimeZones;
}

function attendee(invitee: Invitee): XmlElements {
  return {
    'att:person': { 'com:name': invitee.name, 'com:email': invitee.email },
    'att:role': invitee.role,
    'att:emailInvitations': true,
  };
}

function wholeNumber(value: number | undefined): number | undefined {
  return value === undefined || !Number.isFinite(value) ? undefined : Math.round(value);
}

/** The XML for a CreateMeeting, with the wall-clock start it was built with. */
export function buildCreateMeetingRequest(
  credentials: SecurityContext,
  input: CreateMeetingInput,
): { xml: string; startDate: string; timeZoneId: number } {
  const start = webExStartFor(
    input.startsAt,
    input.timeZone,
    input.fallbackTimeZoneId,
    input.siteTimeZones,
  );
  const xml = buildRequestXml({
    security: credentials,
    bodyType: 'meet:createMeeting',
    body: {
      'meet:accessControl': { 'meet:meetingPassword': input.meetingPassword },
      'meet:metaData': {
        'meet:confName': input.topic,
        'meet:meetingType': wholeNumber(input.meetingType),
        'meet:agenda': input.agenda,
      },
      'meet:participants': { 'meet:attendees': { 'meet:attendee': input.invitees.map(attendee) } },
      'meet:schedule': {
        'meet:startDate': start.startDate,
        'meet:timeZoneID': start.timeZoneId,
        'meet:duration': wholeNumber(input.durationMinutes),
        'meet:openTime': wholeNumber(input.openTimeSeconds),
      },
    },
  });
  return { xml, ...start };
}

export function parseCreateMeetingResponse(
  content: XmlNode,
  input: CreateMeetingInput,
  timeZoneId: number,
): ScheduledMeeting {
  // Lower-case k in this answer; accept the other spelling too.
  const meetingKey = readToken(content, 'meetingkey') ?? readToken(content, 'meetingKey');
  return withoutUndefined({
    meetingKey: required(meetingKey, 'CreateMeeting', 'newMeetingNumber'),
    topic: input.topic,
    startsAt: input.startsAt,
    durationMinutes: input.durationMinutes,
    timeZoneId,
    meetingPassword: readToken(content, 'meetingPassword') ?? input.meetingPassword,
    ...readICalendarUrls(content),
    guestToken: readToken(content, 'guestToken'),
    meetingUuid: readToken(content, 'meetingUUID'),
  });
}

/** Sent exactly once: a CreateMeeting whose answer was lost is never repeated automatically. */
export async function createMeeting(
  env: XmlApiEnvironment,
  session: Session,
  input: CreateMeetingInput,
): Promise<ScheduledMeeting> {
  const request = buildCreateMeetingRequest(ticketCredentials(session), input);
  const content = await callXmlApi(env, session.site, 'CreateMeeting', request.xml);
  return parseCreateMeetingResponse(content, input, request.timeZoneId);
}
