import { formatMeetingNumber } from '../webex/url/meeting-number';
import { formatStartLong } from './display-time';
import { formatDuration } from './durations';

export interface InvitationDetails {
  topic: string;
  startsAt: number;
  durationMinutes: number;
  /** The host's IANA zone: the invitation states the time in it, with its name. */
  timeZone: string;
  meetingKey: string;
  joinUrl?: string;
  meetingPassword?: string;
  hostName?: string;
  locale?: string;
}

/** Plain text to paste into a mail or chat: everything an attendee needs to join. */
export function invitationText(details: InvitationDetails): string {
  const { topic, startsAt, durationMinutes, timeZone, locale } = details;
  const lines = [
    details.hostName
      ? `${details.hostName} invites you to a WebEx meeting.`
      : 'You are invited to a WebEx meeting.',
    '',
    `Topic: ${topic}`,
    `When: ${formatStartLong(startsAt, timeZone, locale)} (${formatDuration(durationMinutes)})`,
    ...(details.joinUrl ? [`Join: ${details.joinUrl}`] : []),
    `Meeting number: ${formatMeetingNumber(details.meetingKey)}`,
    ...(details.meetingPassword ? [`Password: ${details.meetingPassword}`] : []),
  ];
  return lines.join('\n');
}
