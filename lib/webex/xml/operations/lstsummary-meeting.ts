import { WebExApiError } from '../../errors';
import { ExceptionId } from '../../exception-ids';
import { GMT_TIME_ZONE_ID } from '../../time-zone-table';
import { placeWebExStart } from '../../time-zones';
import type { KeptSiteTimeZones, ListedMeeting, ListWindow, Session } from '../../types';
import { callXmlApi, type XmlApiEnvironment } from '../call';
import { ticketCredentials } from '../credentials';
import { buildRequestXml, type SecurityContext } from '../envelope';
import { readInteger, readToken, withoutUndefined } from '../fields';
import { readMeetingStatus } from '../meeting-status';
import { webExStartFor } from '../webex-time';
import { childNode, childNodes, childText, type XmlNode } from '../xml-tree';

export interface LstsummaryMeetingQuery extends ListWindow {
  /** 1-based index of the first meeting to return (paging); default 1. */
  startFrom?: number;
  /** Only this host's meetings (a site admin would otherwise get everyone's). */
  hostWebExId?: string;
}

export interface MatchingRecords {
  total: number;
  returned: number;
  startFrom: number;
}

export interface MeetingSummaryPage {
  meetings: ListedMeeting[];
  matchingRecords?: MatchingRecords;
  /** Items that could not be read at all (no meeting number or no start): left out, counted. */
  skipped?: number;
}

/** The site's zone list for the `timeZoneID`s met in an answer (refreshed if it lacks one). */
export type SiteZonesFor = (metIds: readonly number[]) => Promise<KeptSiteTimeZones | undefined>;

export const DEFAULT_MAXIMUM_MEETINGS = 50;
// The date scope is expressed in plain GMT, so the window's instants need no host zone.
const DATE_SCOPE_ZONE = 'Etc/GMT';

export function buildLstsummaryMeetingRequest(
  credentials: SecurityContext,
  query: LstsummaryMeetingQuery,
): string {
  const from = webExStartFor(query.from, DATE_SCOPE_ZONE);
  const to = webExStartFor(query.to, DATE_SCOPE_ZONE);
  return buildRequestXml({
    security: credentials,
    bodyType: 'meet:lstsummaryMeeting',
    body: {
      'meet:listControl': {
        'serv:startFrom': query.startFrom ?? 1,
        'serv:maximumNum': query.max ?? DEFAULT_MAXIMUM_MEETINGS,
      },
      'meet:order': { 'meet:orderBy': 'STARTTIME', 'meet:orderAD': 'ASC' },
      'meet:dateScope': {
        'meet:startDateStart': from.startDate,
        'meet:startDateEnd': to.startDate,
        'meet:timeZoneID': from.timeZoneId,
      },
      'meet:hostWebExID': query.hostWebExId,
    },
  });
}

/**
 * One item, or undefined when it cannot be read at all. Its zone never fails it: placed by the
 * site's list, the offset in its `timeZone` label or the built-in table, else kept as written.
 */
function readSummary(
  item: XmlNode,
  site: KeptSiteTimeZones | undefined,
  fallbackTimeZoneId: number,
): ListedMeeting | undefined {
  const meetingKey = readToken(item, 'meetingKey') ?? readToken(item, 'meetingkey');
  const startDate = readToken(item, 'startDate');
  if (meetingKey === undefined || startDate === undefined) return undefined;
  const timeZoneLabel = readToken(item, 'timeZone');
  const ownZone = readInteger(item, 'timeZoneID');
  // An item without a zone of its own (or a label) is in the date scope's zone.
  const timeZoneId = ownZone ?? (timeZoneLabel === undefined ? fallbackTimeZoneId : undefined);
  let startsAt: number | undefined;
  try {
    startsAt = placeWebExStart(startDate, timeZoneId, timeZoneLabel, site);
  } catch {
    startsAt = undefined; // not a WebEx date: shown as WebEx wrote it
  }
  return withoutUndefined({
    meetingKey,
    topic: childText(item, 'confName') ?? '',
    startsAt,
    startAsWritten:
      startsAt === undefined
        ? withoutUndefined({ startDate, timeZoneId, timeZoneLabel })
        : undefined,
    durationMinutes: readInteger(item, 'duration') ?? 0,
    timeZoneId,
    status: readMeetingStatus(item),
    hostWebExId: readToken(item, 'hostWebExID'),
  });
}

/** The `timeZoneID`s an answer's items name, so the site's list can be checked for them. */
export function timeZoneIdsIn(content: XmlNode): number[] {
  const ids = childNodes(content, 'meeting').map((item) => readInteger(item, 'timeZoneID'));
  return [...new Set(ids.filter((id) => id !== undefined))];
}

function readMatchingRecords(content: XmlNode): MatchingRecords | undefined {
  const records = childNode(content, 'matchingRecords');
  const total = readInteger(records, 'total');
  if (total === undefined) return undefined;
  return {
    total,
    returned: readInteger(records, 'returned') ?? 0,
    startFrom: readInteger(records, 'startFrom') ?? 1,
  };
}

/**
 * The page; no single item ever fails it. `site`: the site's own zones (LstTimeZone);
 * `fallbackTimeZoneId`: the date scope's zone, for items that leave out their own.
 */
export function parseLstsummaryMeetingResponse(
  content: XmlNode,
  site?: KeptSiteTimeZones,
  fallbackTimeZoneId = GMT_TIME_ZONE_ID,
): MeetingSummaryPage {
  const items = childNodes(content, 'meeting');
  const meetings = items
    .map((item) => readSummary(item, site, fallbackTimeZoneId))
    .filter((meeting) => meeting !== undefined);
  const skipped = items.length - meetings.length;
  return withoutUndefined({
    meetings,
    matchingRecords: readMatchingRecords(content),
    skipped: skipped > 0 ? skipped : undefined,
  });
}

/** The host's meetings in a window; `siteZones` gives the site's zone list to place them. */
export async function lstsummaryMeeting(
  env: XmlApiEnvironment,
  session: Session,
  query: LstsummaryMeetingQuery,
  siteZones?: SiteZonesFor,
): Promise<MeetingSummaryPage> {
  const request = buildLstsummaryMeetingRequest(ticketCredentials(session), query);
  try {
    const content = await callXmlApi(env, session.site, 'LstsummaryMeeting', request);
    const hasItems = childNodes(content, 'meeting').length > 0;
    const site = hasItems && siteZones ? await siteZones(timeZoneIdsIn(content)) : undefined;
    return parseLstsummaryMeetingResponse(content, site);
  } catch (error) {
    // "No records" is a FAILURE in this API; for a list it simply means an empty one.
    if (error instanceof WebExApiError && error.exceptionId === ExceptionId.NoRecords) {
      return { meetings: [] };
    }
    throw error;
  }
}
