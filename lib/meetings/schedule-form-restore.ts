/**
 * The schedule form rebuilt from a request: after a failure that moves the alternate host to the
 * invitees, and for a job that ran while the popup was closed. Apart from
 * lib/meetings/schedule-form.ts because the popup's first paint never needs it.
 */
import type { ScheduleRequest } from '../webex/types';
import type { ParsedEmail } from './email-list';
import { parseEmailList } from './email-list';
import { sameAddress, type ScheduleFormValues } from './schedule-form';
import { toLocalDateTimeValue, type StartChoice } from './start-time';

/**
 * After 040007 (the alternate host has no host account on the site): the same form with that
 * person moved to the invitees, so the next request invites them as an attendee.
 */
export function withAlternateHostAsInvitee(values: ScheduleFormValues): ScheduleFormValues {
  const alternateHost = values.alternateHost.trim();
  if (!alternateHost) return values;
  const already = parseEmailList(values.invitees).emails.some(({ email }) =>
    sameAddress(email, alternateHost),
  );
  const invitees = already
    ? values.invitees
    : [values.invitees.trim(), alternateHost].filter(Boolean).join(', ');
  return { ...values, invitees, alternateHost: '' };
}

/** An invitee as the list field shows it: `Name <address>` (quoted when needed), or the address. */
export function inviteeEntryText({ email, name }: ParsedEmail): string {
  const plain = name?.replaceAll('"', '');
  if (!plain) return email;
  return /[,;<>@]/.test(plain) ? `"${plain}" <${email}>` : `${plain} <${email}>`;
}

/** The form that produced a request (a job finished while the popup was closed). */
export function formValuesFromRequest(request: ScheduleRequest, now: number): ScheduleFormValues {
  const start: StartChoice =
    request.startsAt > now
      ? { kind: 'at', local: toLocalDateTimeValue(request.startsAt, request.timeZone) }
      : { kind: 'now' };
  const host = request.invitees.find(({ role }) => role === 'HOST');
  const attendees = request.invitees.filter(({ role }) => role === 'ATTENDEE');
  return {
    topic: request.topic,
    start,
    durationMinutes: request.durationMinutes,
    meetingPassword: request.meetingPassword ?? '',
    invitees: attendees.map(inviteeEntryText).join(', '),
    alternateHost: host?.email ?? '',
    ...(request.meetingType !== undefined ? { meetingType: request.meetingType } : {}),
  };
}
