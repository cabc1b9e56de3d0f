import { displayName, personId } from './people.ts';
import type { RestContext } from './respond.ts';
import type { RestMeeting } from './state.ts';
import { compactTime, formatRestTime } from './times.ts';

/** The three kinds of meeting object of the REST API (the `meetingType` field). */
export type MeetingKind = 'meetingSeries' | 'scheduledMeeting' | 'meeting';

const CALL_IN = [{ label: 'Sandbox toll', callInNumber: '+1-555-0100', tollType: 'toll' }];

/** `https://acme.webex.com/acme/j.php?MTID=m...`: served by the XML sandbox site as a page. */
export function webLinkOf(meeting: RestMeeting): string {
  const site = meeting.siteUrl.replace(/\.webex\.com$/, '');
  return `https://${meeting.siteUrl}/${site}/j.php?MTID=m${meeting.id}`;
}

/** The id of a meeting's one occurrence (`scheduledMeeting`) and of its ended instance. */
export function occurrenceId(meeting: RestMeeting): string {
  return `${meeting.id}_${compactTime(meeting.start)}`;
}
export function instanceId(meeting: RestMeeting): string {
  return `${meeting.id}_I_${Math.floor(meeting.start / 1000)}`;
}

function stateOf(meeting: RestMeeting, kind: MeetingKind, now: number): string {
  if (kind === 'meetingSeries')
    return meeting.state === 'inProgress'
      ? 'inProgress'
      : meeting.state === 'ended'
        ? 'expired'
        : 'active';
  if (meeting.state !== 'scheduled') return meeting.state;
  return now >= meeting.start - 5 * 60_000 ? 'ready' : 'scheduled';
}

/**
 * A meeting as MeetingSeriesObject describes it, or with `listed` as
 * MeetingObjectForListMeeting (which has `meetingSeriesId` on series too).
 */
export function meetingView(
  context: RestContext,
  meeting: RestMeeting,
  kind: MeetingKind,
  listed = false,
): object {
  const host = context.store.account(meeting.hostId);
  const id =
    kind === 'meetingSeries'
      ? meeting.id
      : kind === 'scheduledMeeting'
        ? occurrenceId(meeting)
        : instanceId(meeting);
  return {
    id,
    ...(kind === 'meetingSeries' && !listed ? {} : { meetingSeriesId: meeting.id }),
    meetingNumber: meeting.meetingNumber,
    title: meeting.title,
    agenda: meeting.agenda,
    password: meeting.password,
    meetingType: kind,
    state: stateOf(meeting, kind, context.now()),
    timezone: meeting.timezone,
    start: formatRestTime(meeting.start),
    end: formatRestTime(meeting.end),
    hostUserId: host ? personId(host) : '',
    hostDisplayName: host ? displayName(host) : '',
    hostEmail: host?.email ?? '',
    hostKey: meeting.hostKey,
    siteUrl: meeting.siteUrl,
    webLink: webLinkOf(meeting),
    sipAddress: `${meeting.meetingNumber}@${meeting.siteUrl}`,
    dialInIpAddress: '192.0.2.10',
    enabledAutoRecordMeeting: false,
    allowAnyUserToBeCoHost: false,
    enabledJoinBeforeHost: false,
    enableConnectAudioBeforeHost: false,
    joinBeforeHostMinutes: 0,
    excludePassword: false,
    publicMeeting: false,
    sessionTypeId: meeting.sessionTypeId,
    scheduledType: 'meeting',
    telephony: { accessCode: meeting.meetingNumber, callInNumbers: CALL_IN },
    enabledBreakoutSessions: false,
  };
}
