import type { SiteTimeZone } from '../../../../lib/webex/types';

/** One `meet:meeting` of a LstsummaryMeeting answer; a field left out is left out of the XML. */
export interface ListedItem {
  key?: string;
  zoneId?: number;
  label?: string;
  startDate?: string;
}

function meetingXml({ key, zoneId, label, startDate }: ListedItem): string {
  return (
    '<meet:meeting>' +
    (key === undefined ? '' : `<meet:meetingKey>${key}</meet:meetingKey>`) +
    `<meet:confName>Meeting ${key ?? 'without key'}</meet:confName>` +
    '<meet:hostWebExID>jdoe</meet:hostWebExID>' +
    (zoneId === undefined ? '' : `<meet:timeZoneID>${zoneId}</meet:timeZoneID>`) +
    (label === undefined ? '' : `<meet:timeZone>${label}</meet:timeZone>`) +
    '<meet:status>NOT_INPROGRESS</meet:status>' +
    (startDate === undefined ? '' : `<meet:startDate>${startDate}</meet:startDate>`) +
    '<meet:duration>30</meet:duration></meet:meeting>'
  );
}

/** A LstsummaryMeeting answer with these items, shaped like lstsummary_meeting_response_one.xml. */
export function lstsummaryAnswer(...items: ListedItem[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><serv:message xmlns:serv="http://www.webex.com/schemas/2002/06/service" xmlns:com="http://www.webex.com/schemas/2002/06/common" xmlns:meet="http://www.webex.com/schemas/2002/06/service/meeting"><serv:header><serv:response><serv:result>SUCCESS</serv:result><serv:gsbStatus>PRIMARY</serv:gsbStatus></serv:response></serv:header><serv:body><serv:bodyContent xsi:type="meet:lstsummaryMeetingResponse" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    items.map(meetingXml).join('') +
    `<meet:matchingRecords><serv:total>${items.length}</serv:total><serv:returned>${items.length}</serv:returned><serv:startFrom>1</serv:startFrom></meet:matchingRecords></serv:bodyContent></serv:body></serv:message>`
  );
}

/** A LstTimeZone answer with these zones, shaped like lst_time_zone_response_good.xml. */
export function lstTimeZoneAnswer(...zones: SiteTimeZone[]): string {
  const zoneXml = (zone: SiteTimeZone) =>
    `<ns1:timeZone><ns1:timeZoneID>${zone.timeZoneId}</ns1:timeZoneID><ns1:gmtOffset>${zone.gmtOffsetMinutes}</ns1:gmtOffset><ns1:description>${zone.description}</ns1:description><ns1:hideTimeZoneName>false</ns1:hideTimeZoneName><ns1:fallInDST>${String(zone.fallInDst ?? false)}</ns1:fallInDST></ns1:timeZone>`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?><serv:message xmlns:serv="http://www.webex.com/schemas/2002/06/service" xmlns:com="http://www.webex.com/schemas/2002/06/common" xmlns:ns1="http://www.webex.com/schemas/2002/06/service/site"><serv:header><serv:response><serv:result>SUCCESS</serv:result><serv:gsbStatus>PRIMARY</serv:gsbStatus></serv:response></serv:header><serv:body><serv:bodyContent xsi:type="ns1:lstTimeZoneResponse" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    zones.map(zoneXml).join('') +
    '</serv:bodyContent></serv:body></serv:message>'
  );
}
