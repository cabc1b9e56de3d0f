import type { HostProfile, Session, WebExSite } from '../../types';
import { callXmlApi, type XmlApiEnvironment } from '../call';
import { emailTicketCredentials, ticketCredentials } from '../credentials';
import { buildRequestXml, type SecurityContext } from '../envelope';
import { readInteger, readToken, required } from '../fields';
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

/**
 * GetUser right after an email sign-in: the ticket with the email in the security context,
 * the email in `webExId` (the only name known yet). The answer's `webExId` is the host's real
 * WebEx ID, which every later request needs; an answer without one is 'unexpected'.
 */
export async function getUserByEmail(
  env: XmlApiEnvironment,
  site: WebExSite,
  email: string,
  sessionTicket: string,
): Promise<HostProfile> {
  const request = buildGetUserRequest(emailTicketCredentials(site, email, sessionTicket), email);
  const content = await callXmlApi(env, site, 'GetUser', request);
  const webExId = required(readToken(content, 'webExId'), 'GetUser', 'webExId');
  return { ...parseGetUserResponse(content, email), webExId };
}
