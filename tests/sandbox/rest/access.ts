import type { RestAccountConfig } from '../config.ts';
import { instanceId, occurrenceId } from './meeting-view.ts';
import type { RestMeeting } from './state.ts';

/** The account hosts the meeting or is a cohost of it. */
export function mayHost(meeting: RestMeeting, account: RestAccountConfig): boolean {
  const email = account.email.toLowerCase();
  return (
    meeting.hostId === account.id ||
    meeting.invitees.some((invitee) => invitee.coHost && invitee.email.toLowerCase() === email)
  );
}

/** The account hosts it or is invited to it. */
export function maySee(meeting: RestMeeting, account: RestAccountConfig): boolean {
  const email = account.email.toLowerCase();
  return (
    mayHost(meeting, account) ||
    meeting.invitees.some((invitee) => invitee.email.toLowerCase() === email)
  );
}

/** The meeting an id names: a series id, a scheduled meeting's id or an ended instance's id. */
export function findMeeting(
  meetings: readonly RestMeeting[],
  id: string,
): { meeting: RestMeeting; kind: 'meetingSeries' | 'scheduledMeeting' | 'meeting' } | undefined {
  for (const meeting of meetings) {
    if (meeting.id === id) return { meeting, kind: 'meetingSeries' };
    if (occurrenceId(meeting) === id) return { meeting, kind: 'scheduledMeeting' };
    if (meeting.state !== 'scheduled' && instanceId(meeting) === id)
      return { meeting, kind: 'meeting' };
  }
  return undefined;
}
