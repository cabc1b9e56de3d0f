import { t } from '../i18n';
import { formatMeetingNumber } from '../webex/url/meeting-number';
import { formatStartLong, formatTimeRange } from './display-time';
import { formatDuration } from './durations';
import {
  defaultInvitationTemplate,
  renderInvitationTemplate,
  type InvitationValues,
} from './invitation-template';

export interface InvitationDetails {
  topic: string;
  startsAt: number;
  durationMinutes: number;
  /** The host's IANA zone: the invitation states the time in it, with its name. */
  timeZone: string;
  meetingKey: string;
  joinUrl?: string;
  meetingPassword?: string;
  /**
   * The meeting may have a password that is not known here (WebEx would not give it): the
   * `{password}` line then says so instead of being left out. Ignored when `meetingPassword`.
   */
  passwordUnknown?: boolean;
  hostName?: string;
  /** The host's Personal Room address, where the site gives one. */
  personalRoomUrl?: string;
  locale?: string;
  /** The host's own template (Options); null or undefined: the default in the UI language. */
  template?: string | null;
}

/** The placeholders' values for one meeting (see lib/meetings/invitation-template.ts). */
export function invitationValues(details: InvitationDetails): InvitationValues {
  const { startsAt, timeZone, locale } = details;
  return {
    topic: details.topic,
    host: details.hostName,
    start: formatStartLong(startsAt, timeZone, locale),
    startUtc: formatStartLong(startsAt, 'UTC', locale),
    when: formatTimeRange(startsAt, details.durationMinutes, timeZone, locale),
    duration: formatDuration(details.durationMinutes),
    link: details.joinUrl,
    number: formatMeetingNumber(details.meetingKey),
    password:
      details.meetingPassword ??
      (details.passwordUnknown ? t('meetings.invitation.passwordUnknown') : undefined),
    personalRoom: details.personalRoomUrl,
  };
}

/**
 * Plain text to paste into a mail or chat: the host's template, or the default one in the UI
 * language, filled with the meeting's own data (topic, link, number, password) as WebEx has it.
 * Lines about what is not there (a meeting without password, no link yet) are left out; a
 * password that exists but is not known here (`passwordUnknown`) is said to be unknown.
 */
export function invitationText(details: InvitationDetails): string {
  const template = details.template || defaultInvitationTemplate();
  return renderInvitationTemplate(template, invitationValues(details));
}

/**
 * The invitation of a made-up meeting (a day after the next full hour, 45 minutes, with a
 * password and a Personal Room), for the template preview in Options. `now` in epoch ms.
 */
export function sampleInvitationText(
  template: string,
  sample: { now: number; timeZone: string; locale?: string; topic: string; hostName: string },
): string {
  const startsAt = Math.ceil(sample.now / 3_600_000) * 3_600_000 + 24 * 3_600_000;
  return invitationText({
    template,
    topic: sample.topic,
    hostName: sample.hostName,
    startsAt,
    durationMinutes: 45,
    timeZone: sample.timeZone,
    locale: sample.locale,
    meetingKey: '123456789',
    joinUrl: 'https://acme.webex.com/acme/j.php?MTID=m0123456789abcdef0123456789abcdef',
    meetingPassword: 'Ab3dEf7hJk',
    personalRoomUrl: 'https://acme.webex.com/meet/alex',
  });
}
