import type { Session, SiteTimeZone } from '../../types';
import { callXmlApi, type XmlApiEnvironment } from '../call';
import { ticketCredentials } from '../credentials';
import { buildRequestXml, type SecurityContext } from '../envelope';
import { readBoolean, readInteger, readToken, withoutUndefined } from '../fields';
import { childNodes, childText, type XmlNode } from '../xml-tree';

export interface LstTimeZoneQuery {
  /** Only these zones; all of the site's zones if absent or empty. */
  timeZoneIds?: readonly number[];
  /** `MM/DD/YYYY HH:MM:SS`: offsets as they are on that date (DST included). */
  date?: string;
}

export type { SiteTimeZone };

/** LstTimeZone's request: every zone of the site unless `query` names some, on `query.date`. */
export function buildLstTimeZoneRequest(
  credentials: SecurityContext,
  query: LstTimeZoneQuery = {},
): string {
  return buildRequestXml({
    security: credentials,
    bodyType: 'site:lstTimeZone',
    body: {
      'site:timeZoneID': query.timeZoneIds,
      'site:date': query.date,
    },
  });
}

function readTimeZone(node: XmlNode): SiteTimeZone | undefined {
  const timeZoneId = readInteger(node, 'timeZoneID');
  const gmtOffsetMinutes = readInteger(node, 'gmtOffset');
  if (timeZoneId === undefined || gmtOffsetMinutes === undefined) return undefined;
  return withoutUndefined({
    timeZoneId,
    gmtOffsetMinutes,
    description: childText(node, 'description') ?? '',
    shortName: readToken(node, 'shortName'),
    fallInDst: readBoolean(node, 'fallInDST'),
  });
}

/** The site's zones; entries without an ID or offset are skipped. */
export function parseLstTimeZoneResponse(content: XmlNode): SiteTimeZone[] {
  return childNodes(content, 'timeZone')
    .map(readTimeZone)
    .filter((zone) => zone !== undefined);
}

/** The site's own zones (the truth for its `timeZoneID`s, docs/webex-protocol.md "Time zones"). */
export async function lstTimeZone(
  env: XmlApiEnvironment,
  session: Session,
  query: LstTimeZoneQuery = {},
): Promise<SiteTimeZone[]> {
  const request = buildLstTimeZoneRequest(ticketCredentials(session), query);
  return parseLstTimeZoneResponse(await callXmlApi(env, session.site, 'LstTimeZone', request));
}
