import type { HostProfile, Session } from '../../types';
import { callXmlApi, type XmlApiEnvironment } from '../call';
import { ticketCredentials } from '../credentials';
import { buildRequestXml, type SecurityContext } from '../envelope';
import { readInteger, readToken } from '../fields';
import { childNode, childNodes, childText, nodeText, type XmlNode } from '../xml-tree';

export function buildGetUserRequest(credentials: SecurityContext, webExId: string): string {
  return buildRequestXml({
    security: credentials,
    bodyType: 'use:getUser',
    body: { 'use:webExId': webExId },
  });
}

/** Site-specific meeting type numbers, in the site's order; never hard-coded. */
function readMeetingTypes(content: XmlNode): number[] {
  return childNodes(childNode(content, 'meetingTypes'), 'meetingType')
    .map((node) => nodeText(node)?.trim() ?? '')
    .filter((text) => /^\d+$/.test(text))
    .map(Number);
}

export function parseGetUserResponse(content: XmlNode, requestedWebExId: string): HostProfile {
  return {
    webExId: readToken(content, 'webExId') ?? requestedWebExId,
    firstName: childText(content, 'firstName') ?? '',
    lastName: childText(content, 'lastName') ?? '',
    email: readToken(content, 'email') ?? '',
    meetingTypes: readMeetingTypes(content),
    timeZoneId: readInteger(content, 'timeZoneID'),
  };
}

export async function getUser(
  env: XmlApiEnvironment,
  session: Session,
  webExId = session.webExId,
): Promise<HostProfile> {
  const request = buildGetUserRequest(ticketCredentials(session), webExId);
  return parseGetUserResponse(await callXmlApi(env, session.site, 'GetUser', request), webExId);
}
