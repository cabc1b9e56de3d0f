import type { MeetingDetails, Session } from '../../types';
import { callXmlApi, type XmlApiEnvironment } from '../call';
import { ticketCredentials } from '../credentials';
import type { SecurityContext } from '../envelope';
import { readInteger, readToken, required, withoutUndefined } from '../fields';
import { buildMeetingKeyRequest } from '../meeting-key';
import { readMeetingStatus } from '../meeting-status';
import { instantFromWebEx } from '../webex-time';
import { childNode, childText, type XmlNode } from '../xml-tree';

export function buildGetMeetingRequest(credentials: SecurityContext, meetingKey: string): string {
  return buildMeetingKeyRequest(credentials, 'meet:getMeeting', meetingKey);
}

export function parseGetMeetingResponse(content: XmlNode): MeetingDetails {
  const operation = 'GetMeeting';
  const metaData = childNode(content, 'metaData');
  const schedule = childNode(content, 'schedule');
  const meetingKey = readToken(content, 'meetingkey') ?? readToken(content, 'meetingKey');
  const startDate = required(readToken(schedule, 'startDate'), operation, 'startTime');
  const timeZoneId = required(readInteger(schedule, 'timeZoneID'), operation, 'timeZone');
  return withoutUndefined({
    meetingKey: required(meetingKey, operation, 'meetingNumber'),
    topic: childText(metaData, 'confName') ?? '',
    startsAt: instantFromWebEx(startDate, timeZoneId, operation),
    durationMinutes: readInteger(schedule, 'duration') ?? 0,
    timeZoneId,
    status: readMeetingStatus(content),
    hostWebExId: readToken(schedule, 'hostWebExID'),
    meetingPassword: readToken(childNode(content, 'accessControl'), 'meetingPassword'),
    agenda: childText(metaData, 'agenda'),
    meetingType: readInteger(metaData, 'meetingType'),
  });
}

export async function getMeeting(
  env: XmlApiEnvironment,
  session: Session,
  meetingKey: string,
): Promise<MeetingDetails> {
  const request = buildGetMeetingRequest(ticketCredentials(session), meetingKey);
  return parseGetMeetingResponse(await callXmlApi(env, session.site, 'GetMeeting', request));
}
