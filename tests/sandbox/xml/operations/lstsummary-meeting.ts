import { parseWebExDate } from '../../dates.ts';
import type { Meeting } from '../../state.ts';
import { findTimeZone, wallClockToInstant } from '../../time-zones.ts';
import { authenticate } from '../auth.ts';
import type { Operation } from '../context.ts';
import { child, children, childText, pathText, type XmlElement } from '../document.ts';
import { group, tag } from '../escape.ts';
import { EXCEPTIONS, XmlFailure } from '../exceptions.ts';
import { summaryXml } from '../meetings.ts';
import { NS } from '../namespaces.ts';

/** WebEx's page size when listControl/maximumNum is left out (sandbox choice). */
export const DEFAULT_MAXIMUM_NUM = 10;

type Comparable = (meeting: Meeting) => string | number;
const ORDER_KEYS: Record<string, Comparable> = {
  STARTTIME: (meeting) => meeting.startsAt,
  CONFNAME: (meeting) => meeting.confName.toLowerCase(),
  HOSTWEBEXID: (meeting) => meeting.hostWebExId.toLowerCase(),
};

/** The host's meetings, filtered by dateScope, ordered, paged. No meeting at all is 000015. */
export const lstsummaryMeeting: Operation = {
  namespace: NS.meet,
  family: 'meeting',
  responseType: 'meet:lstsummaryMeetingResponse',
  run(context) {
    const host = authenticate(context);
    const { body } = context;
    const forHost = childText(body, 'hostWebExID');
    if (forHost !== undefined && forHost.toLowerCase() !== host.webExId.toLowerCase()) {
      throw new XmlFailure(EXCEPTIONS.noPrivilege);
    }
    const key = childText(body, 'meetingKey');
    const inScope = dateScopeFilter(child(body, 'dateScope'), host.timeZoneID);
    const matching = context.state.meetings
      .filter((meeting) => meeting.hostWebExId === host.webExId)
      .filter((meeting) => key === undefined || meeting.meetingKey === key.trim())
      .filter(inScope)
      .sort(comparator(child(body, 'order')));
    const startFrom = Number(pathText(body, 'listControl', 'startFrom') ?? 1);
    const maximum = Number(pathText(body, 'listControl', 'maximumNum') ?? DEFAULT_MAXIMUM_NUM);
    const page = matching.slice(Math.max(startFrom, 1) - 1, Math.max(startFrom, 1) - 1 + maximum);
    if (page.length === 0) throw new XmlFailure(EXCEPTIONS.noRecord);
    return [
      ...page.map(summaryXml),
      group('meet:matchingRecords', [
        tag('serv:total', matching.length),
        tag('serv:returned', page.length),
        tag('serv:startFrom', startFrom),
      ]),
    ];
  },
};

function dateScopeFilter(
  scope: XmlElement | undefined,
  defaultZone: number,
): (meeting: Meeting) => boolean {
  if (!scope) return () => true;
  const zoneText = childText(scope, 'timeZoneID');
  const zoneId = zoneText === undefined || zoneText === '-1' ? defaultZone : Number(zoneText);
  const zone = findTimeZone(zoneId);
  if (!zone) throw new XmlFailure(EXCEPTIONS.invalidTimeZone);
  const bound = (name: string) => {
    const text = childText(scope, name);
    if (text === undefined) return undefined;
    const wallClock = parseWebExDate(text);
    if (wallClock === undefined) throw new XmlFailure(EXCEPTIONS.invalidStartDate);
    return wallClockToInstant(wallClock, zone.iana);
  };
  const [startFrom, startTo, endFrom, endTo] = [
    'startDateStart',
    'startDateEnd',
    'endDateStart',
    'endDateEnd',
  ].map(bound);
  return (meeting) => {
    const endsAt = meeting.startsAt + meeting.durationMinutes * 60_000;
    return (
      (startFrom === undefined || meeting.startsAt >= startFrom) &&
      (startTo === undefined || meeting.startsAt <= startTo) &&
      (endFrom === undefined || endsAt >= endFrom) &&
      (endTo === undefined || endsAt <= endTo)
    );
  };
}

function comparator(order: XmlElement | undefined): (a: Meeting, b: Meeting) => number {
  const by = children(order, 'orderBy').map((item) => item.text);
  const directions = children(order, 'orderAD').map((item) => item.text);
  const keys = (by.length > 0 ? by : ['STARTTIME']).map((name, index) => ({
    value: ORDER_KEYS[name] ?? ORDER_KEYS.STARTTIME!,
    sign: directions[index] === 'DESC' ? -1 : 1,
  }));
  return (a, b) => {
    for (const { value, sign } of keys) {
      const left = value(a);
      const right = value(b);
      if (left !== right) return (left < right ? -1 : 1) * sign;
    }
    return Number(a.meetingKey) - Number(b.meetingKey);
  };
}
