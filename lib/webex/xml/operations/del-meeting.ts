import type { Session } from '../../types';
import { callXmlApi, type XmlApiEnvironment } from '../call';
import { ticketCredentials } from '../credentials';
import { buildRequestXml, type SecurityContext } from '../envelope';
import { readICalendarUrls, type ICalendarUrls } from '../icalendar';
import { normalizeMeetingKey } from '../meeting-key';
import type { XmlNode } from '../xml-tree';

export function buildDelMeetingRequest(credentials: SecurityContext, meetingKey: string): string {
  return buildRequestXml({
    security: credentials,
    bodyType: 'meet:delMeeting',
    body: { 'meet:meetingKey': normalizeMeetingKey(meetingKey) },
  });
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
