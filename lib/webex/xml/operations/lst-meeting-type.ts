import type { Session, SiteMeetingType } from '../../types';
import { callXmlApi, type XmlApiEnvironment } from '../call';
import { ticketCredentials } from '../credentials';
import { buildRequestXml, type SecurityContext } from '../envelope';
import { readInteger, readToken, withoutUndefined } from '../fields';
import { childNode, childNodes, childText, type XmlNode } from '../xml-tree';

export type { SiteMeetingType };

/** One page is enough: a site has a handful of meeting types, a host fewer. */
export const MAXIMUM_MEETING_TYPES = 100;

/**
 * LstMeetingType's request (meetingtype.xsd `lstMeetingType`): only `meetingTypeIds` when given
 * (the host's own types), else every type of the site; one page of MAXIMUM_MEETING_TYPES.
 */
export function buildLstMeetingTypeRequest(
  credentials: SecurityContext,
  meetingTypeIds: readonly number[] = [],
): string {
  return buildRequestXml({
    security: credentials,
    bodyType: 'mtgtype:lstMeetingType',
    body: {
      'mtgtype:meetingTypeID': meetingTypeIds.length > 0 ? meetingTypeIds : undefined,
      'mtgtype:listControl': {
        'serv:startFrom': 1,
        'serv:maximumNum': MAXIMUM_MEETING_TYPES,
      },
    },
  });
}

const text = (node: XmlNode, name: string) => childText(node, name)?.trim() || undefined;

function readMeetingType(node: XmlNode): SiteMeetingType | undefined {
  const id = readInteger(node, 'meetingTypeID');
  if (id === undefined) return undefined;
  const maxDuration = readInteger(childNode(node, 'limits'), 'maxMeetingDuration');
  return withoutUndefined({
    id,
    name: text(node, 'name'),
    displayName: text(node, 'displayName'),
    productCodePrefix: readToken(node, 'productCodePrefix'),
    maxDurationMinutes: maxDuration !== undefined && maxDuration > 0 ? maxDuration : undefined,
  });
}

/** The site's meeting types, in its order; an entry without a `meetingTypeID` is skipped. */
export function parseLstMeetingTypeResponse(content: XmlNode): SiteMeetingType[] {
  return childNodes(content, 'meetingType')
    .map(readMeetingType)
    .filter((type) => type !== undefined);
}

/** The site's own description of its meeting types: names and limits (docs/webex-protocol.md). */
export async function lstMeetingType(
  env: XmlApiEnvironment,
  session: Session,
  meetingTypeIds: readonly number[] = [],
): Promise<SiteMeetingType[]> {
  const request = buildLstMeetingTypeRequest(ticketCredentials(session), meetingTypeIds);
  return parseLstMeetingTypeResponse(
    await callXmlApi(env, session.site, 'LstMeetingType', request),
  );
}
