import { parseWebExDate } from '../../dates.ts';
import {
  findTimeZone,
  offsetMinutesAt,
  standardOffsetMinutes,
  TIME_ZONES,
  wallClockToInstant,
} from '../../time-zones.ts';
import { authenticate } from '../auth.ts';
import type { Operation } from '../context.ts';
import { children, childText } from '../document.ts';
import { group, tag } from '../escape.ts';
import { EXCEPTIONS, XmlFailure } from '../exceptions.ts';
import { NS } from '../namespaces.ts';

/** Zones with their offset (minutes) on `date` (GMT wall clock; now when left out). */
export const lstTimeZone: Operation = {
  namespace: NS.site,
  family: 'site',
  responseType: 'ns1:lstTimeZoneResponse',
  run(context) {
    authenticate(context);
    const dateText = childText(context.body, 'date');
    const wallClock = dateText === undefined ? undefined : parseWebExDate(dateText);
    if (dateText !== undefined && wallClock === undefined)
      throw new XmlFailure(EXCEPTIONS.invalidStartDate);
    const at = wallClock === undefined ? context.now() : wallClockToInstant(wallClock, 'Etc/GMT');
    const wanted = children(context.body, 'timeZoneID').map((item) => Number(item.text));
    const zones = wanted.length === 0 ? TIME_ZONES : wanted.map(findTimeZone);
    return zones.map((zone) => {
      if (!zone) throw new XmlFailure(EXCEPTIONS.invalidTimeZone);
      const offset = offsetMinutesAt(zone.iana, at);
      return group('ns1:timeZone', [
        tag('ns1:timeZoneID', zone.id),
        tag('ns1:gmtOffset', offset),
        tag('ns1:description', zone.label),
        tag('ns1:hideTimeZoneName', false),
        tag(
          'ns1:fallInDST',
          offset !== standardOffsetMinutes(zone.iana, new Date(at).getUTCFullYear()),
        ),
      ]);
    });
  },
};
