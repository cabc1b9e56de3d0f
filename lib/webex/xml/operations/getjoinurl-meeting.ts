import type { JoinLinks, Session } from '../../types';
import { callXmlApi, type XmlApiEnvironment } from '../call';
import { ticketCredentials } from '../credentials';
import type { SecurityContext } from '../envelope';
import { readToken, required, withoutUndefined } from '../fields';
import { buildMeetingKeyRequest } from '../meeting-key';
import type { XmlNode } from '../xml-tree';

export function buildGetjoinurlMeetingRequest(
  credentials: SecurityContext,
  meetingKey: string,
): string {
  return buildMeetingKeyRequest(credentials, 'meet:getjoinurlMeeting', meetingKey);
}

export function parseGetjoinurlMeetingResponse(content: XmlNode): JoinLinks {
  return withoutUndefined({
    joinMeetingUrl: required(readToken(content, 'joinMeetingURL'), 'GetjoinurlMeeting', 'joinLink'),
    inviteMeetingUrl: readToken(content, 'inviteMeetingURL'),
  });
}

export async function getjoinurlMeeting(
  env: XmlApiEnvironment,
  session: Session,
  meetingKey: string,
): Promise<JoinLinks> {
  const request = buildGetjoinurlMeetingRequest(ticketCredentials(session), meetingKey);
  return parseGetjoinurlMeetingResponse(
    await callXmlApi(env, session.site, 'GetjoinurlMeeting', request),
  );
}
