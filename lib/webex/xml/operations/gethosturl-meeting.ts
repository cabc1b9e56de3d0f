import type { Session } from '../../types';
import { callXmlApi, type XmlApiEnvironment } from '../call';
import { ticketCredentials } from '../credentials';
import type { SecurityContext } from '../envelope';
import { readToken, required } from '../fields';
import { buildMeetingKeyRequest } from '../meeting-key';
import type { XmlNode } from '../xml-tree';

export function buildGethosturlMeetingRequest(
  credentials: SecurityContext,
  meetingKey: string,
): string {
  return buildMeetingKeyRequest(credentials, 'meet:gethosturlMeeting', meetingKey);
}

/** `hostMeetingURL` as WebEx sent it: a one-time `p.php?AT=LI&TK=...&MU=...` link. */
export function parseGethosturlMeetingResponse(content: XmlNode): string {
  return required(readToken(content, 'hostMeetingURL'), 'GethosturlMeeting', 'hostLink');
}

export async function gethosturlMeeting(
  env: XmlApiEnvironment,
  session: Session,
  meetingKey: string,
): Promise<string> {
  const request = buildGethosturlMeetingRequest(ticketCredentials(session), meetingKey);
  return parseGethosturlMeetingResponse(
    await callXmlApi(env, session.site, 'GethosturlMeeting', request),
  );
}
