import type { MeetingStatus } from '../types';
import { readToken } from './fields';
import type { XmlNode } from './xml-tree';

/** `meet:status` of GetMeeting and of each LstsummaryMeeting item; anything else is UNKNOWN. */
export function readMeetingStatus(node: XmlNode): MeetingStatus {
  const status = readToken(node, 'status')?.toUpperCase();
  return status === 'INPROGRESS' || status === 'NOT_INPROGRESS' ? status : 'UNKNOWN';
}
