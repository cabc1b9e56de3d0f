import { WebExApiError } from '../../errors';
import { ExceptionId } from '../../exception-ids';
import { GMT_TIME_ZONE_ID } from '../../time-zone-table';
import type { ListWindow, MeetingSummary, Session } from '../../types';
import { callXmlApi, type XmlApiEnvironment } from '../call';
import { ticketCredentials } from '../credentials';
import { buildRequestXml, type SecurityContext } from '../envelope';
import { readInteger, readToken, required, withoutUndefined } from '../fields';
import { readMeetingStatus } from '../meeting-status';
import { instantFromWebEx, webExStartFor } from '../webex-time';
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
  meetings: MeetingSummary[];
  matchingRecords?: MatchingRecords;
}

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

function readSummary(item: XmlNode, fallbackTimeZoneId: number): MeetingSummary {
  const operation = 'LstsummaryMeeting';
  const meetingKey = readToken(item, 'meetingKey') ?? readToken(item, 'meetingkey');
  const startDate = required(readToken(item, 'startDate'), operation, 'listedStartTime');
  const timeZoneId = readInteger(item, 'timeZoneID') ?? fallbackTimeZoneId;
  return withoutUndefined({
    meetingKey: required(meetingKey, operation, 'listedMeetingNumber'),
    topic: childText(item, 'confName') ?? '',
    startsAt: instantFromWebEx(startDate, timeZoneId, operation),
    durationMinutes: readInteger(item, 'duration') ?? 0,
    timeZoneId,
    status: readMeetingStatus(item),
    hostWebExId: readToken(item, 'hostWebExID'),
  });
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

/** `fallbackTimeZoneId`: the date scope's zone, for items that leave out their own. */
export function parseLstsummaryMeetingResponse(
  content: XmlNode,
  fallbackTimeZoneId = GMT_TIME_ZONE_ID,
): MeetingSummaryPage {
  return withoutUndefined({
    meetings: childNodes(content, 'meeting').map((item) => readSummary(item, fallbackTimeZoneId)),
    matchingRecords: readMatchingRecords(content),
  });
}

export async function lstsummaryMeeting(
  env: XmlApiEnvironment,
  session: Session,
  query: LstsummaryMeetingQuery,
): Promise<MeetingSummaryPage> {
  const request = buildLstsummaryMeetingRequest(ticketCredentials(session), query);
  try {
    const content = await callXmlApi(env, session.site, 'LstsummaryMeeting', request);
    return parseLstsummaryMeetingResponse(content);
  } catch (error) {
    // "No records" is a FAILURE in this API; for a list it simply means an empty one.
    if (error instanceof WebExApiError && error.exceptionId === ExceptionId.NoRecords) {
      return { meetings: [] };
    }
    throw error;
  }
}
