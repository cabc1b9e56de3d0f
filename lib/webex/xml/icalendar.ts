import { readToken } from './fields';
import { childNode, type XmlNode } from './xml-tree';

export interface ICalendarUrls {
  hostICalendarUrl?: string;
  attendeeICalendarUrl?: string;
}

/** `iCalendarURL/{host,attendee}`, sent by CreateMeeting and DelMeeting. */
export function readICalendarUrls(content: XmlNode): ICalendarUrls {
  const urls = childNode(content, 'iCalendarURL');
  const host = readToken(urls, 'host');
  const attendee = readToken(urls, 'attendee');
  return {
    ...(host === undefined ? {} : { hostICalendarUrl: host }),
    ...(attendee === undefined ? {} : { attendeeICalendarUrl: attendee }),
  };
}
