import type { Session } from '../../types';
import { callXmlApi, type XmlApiEnvironment } from '../call';
import { ticketCredentials } from '../credentials';
import type { SecurityContext } from '../envelope';
import { readICalendarUrls, type ICalendarUrls } from '../icalendar';
import { buildMeetingKeyRequest } from '../meeting-key';
import type { XmlNode } from '../xml-tree';

export function buildDelMeetingRequest(credentials: SecurityContext, meetingKey: string): string {
  return buildMeetingKeyRequest(credentials, 'meet:delMeeting', meetingKey);
}

/** The cancellation calendar links WebEx returns (for updating calendars). */
export function parseDelMeetingResponse(content: XmlNode): ICalendarUrls {
  return readICalendarUrls(content);
}

export async function delMeeting(
  env: XmlApiEnvironment,
  session: Session,
  meetingKey: string,
): Promise<ICalendarUrls> {
  const request = buildDelMeetingRequest(ticketCredentials(session), meetingKey);
  return parseDelMeetingResponse(await callXmlApi(env, session.site, 'DelMeeting', request));
}
