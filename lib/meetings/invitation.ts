import { t } from '../i18n';
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

/**
 * Plain text to paste into a mail or chat: everything an attendee needs to join, in the UI
 * language; the meeting's own data (topic, link, number, password) as WebEx has it.
 */
export function invitationText(details: InvitationDetails): string {
  const { topic, startsAt, durationMinutes, timeZone, locale, joinUrl, meetingPassword } = details;
  const when = formatStartLong(startsAt, timeZone, locale);
  const lines = [
    details.hostName
      ? t('meetings.invitation.byHost', { host: details.hostName })
      : t('meetings.invitation.anonymous'),
    '',
    t('meetings.invitation.topic', { topic }),
    t('meetings.invitation.when', { when, duration: formatDuration(durationMinutes) }),
    ...(joinUrl ? [t('meetings.invitation.join', { url: joinUrl })] : []),
    t('meetings.invitation.meetingNumber', { number: formatMeetingNumber(details.meetingKey) }),
    ...(meetingPassword ? [t('meetings.invitation.password', { password: meetingPassword })] : []),
  ];
  return lines.join('\n');
}
