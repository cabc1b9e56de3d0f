import { maxDurationOf, type MeetingTypeConfig, type SiteConfig } from '../../config.ts';
import { authenticate } from '../auth.ts';
import type { Operation } from '../context.ts';
import { children, pathText } from '../document.ts';
import { group, tag } from '../escape.ts';
import { EXCEPTIONS, XmlFailure } from '../exceptions.ts';
import { NS } from '../namespaces.ts';

/** Page size when listControl/maximumNum is left out (sandbox choice, as LstsummaryMeeting). */
const DEFAULT_MAXIMUM_NUM = 10;

/** One `meetingType` in meetingtype.xsd's order (meetingTypeTypeExt, then the instance's ID). */
function meetingTypeXml(site: SiteConfig, type: MeetingTypeConfig): string {
  return group('mtgtype:meetingType', [
    tag('mtgtype:productCodePrefix', type.productCodePrefix),
    tag('mtgtype:active', 'ACTIVATED'),
    tag('mtgtype:name', type.name),
    ...(type.displayName === undefined ? [] : [tag('mtgtype:displayName', type.displayName)]),
    group('mtgtype:limits', [tag('mtgtype:maxMeetingDuration', maxDurationOf(site, type))]),
    group('mtgtype:options', [tag('mtgtype:supportChat', true)]),
    group('mtgtype:phoneNumbers', []),
    tag('mtgtype:meetingTypeID', type.id),
    group('mtgtype:serviceTypes', [tag('mtgtype:serviceType', 'MeetingCenter')]),
  ]);
}

/** The site's meeting types (only the `meetingTypeID`s asked for, if any); none: 000015. */
export const lstMeetingType: Operation = {
  namespace: NS.mtgtype,
  family: 'meetingtype',
  responseType: 'mtgtype:lstMeetingTypeResponse',
  run(context) {
    authenticate(context);
    const { body, site } = context;
    const wanted = children(body, 'meetingTypeID').map((item) => Number(item.text));
    const matching = site.meetingTypes.filter(
      (type) => wanted.length === 0 || wanted.includes(type.id),
    );
    const startFrom = Math.max(Number(pathText(body, 'listControl', 'startFrom') ?? 1), 1);
    const maximum = Number(pathText(body, 'listControl', 'maximumNum') ?? DEFAULT_MAXIMUM_NUM);
    const page = matching.slice(startFrom - 1, startFrom - 1 + maximum);
    if (page.length === 0) throw new XmlFailure(EXCEPTIONS.noRecord);
    return [
      group('mtgtype:matchingRecords', [
        tag('serv:total', matching.length),
        tag('serv:returned', page.length),
        tag('serv:startFrom', startFrom),
      ]),
      ...page.map((type) => meetingTypeXml(site, type)),
    ];
  },
};
