import { t } from '../i18n';
import type { Invitee, ScheduleRequest } from '../webex/types';
import { durationProblem, formatDuration, offeredLimit } from './durations';
import { MAX_LIST_ENTRIES, isEmailAddress, parseEmailList, type ParsedEmail } from './email-list';
import { resolveStart, toLocalDateTimeValue, type StartChoice } from './start-time';
import { TOPIC_MAX_CHARS, topicLength } from './topic';

/** The schedule form exactly as the host filled it (text as typed). */
export interface ScheduleFormValues {
  topic: string;
  start: StartChoice;
  durationMinutes: number;
  meetingPassword: string;
  /** Addresses separated by commas, semicolons, spaces or new lines. */
  invitees: string;
  /** One address, invited with the HOST role; empty for none. */
  alternateHost: string;
  meetingType?: number;
}

export type FormField =
  'topic' | 'start' | 'duration' | 'meetingPassword' | 'invitees' | 'alternateHost';
export type FormProblems = Partial<Record<FormField, string>>;

export interface FormContext {
  now: number;
  /** The host's IANA zone. */
  timeZone: string;
  /** The host's own address: they cannot be their own alternate host. */
  hostEmail?: string;
  /** The longest meeting the chosen meeting type allows on the site (minutes), when known. */
  maxDurationMinutes?: number;
}

/** What is wrong with the duration, in words; undefined when it can be sent. */
export function durationProblemText(minutes: number, limit: number | undefined) {
  const problem = durationProblem(minutes, limit);
  if (problem === 'missing') return t('meetings.form.durationMissing');
  if (problem === 'tooLong')
    return t('meetings.form.durationTooLong', { limit: formatDuration(offeredLimit(limit)) });
  return undefined;
}

export type BuiltRequest =
  { ok: true; request: ScheduleRequest } | { ok: false; problems: FormProblems };

const sameAddress = (a: string, b: string | undefined) => a.toLowerCase() === b?.toLowerCase();

/** The request for the background, or each field's problem in words the host can act on. */
export function buildScheduleRequest(
  values: ScheduleFormValues,
  context: FormContext,
): BuiltRequest {
  const problems: FormProblems = {};
  const topic = values.topic.trim();
  if (!topic) problems.topic = t('meetings.form.topicMissing');
  else if (topicLength(topic) > TOPIC_MAX_CHARS) {
    problems.topic = t('meetings.form.topicTooLong', {
      max: TOPIC_MAX_CHARS,
      over: topicLength(topic) - TOPIC_MAX_CHARS,
    });
  }

  const start = resolveStart(values.start, context.now, context.timeZone);
  if (!start.ok) problems.start = start.problem;

  const duration = durationProblemText(values.durationMinutes, context.maxDurationMinutes);
  if (duration) problems.duration = duration;

  const password = values.meetingPassword.trim();
  if (!password) problems.meetingPassword = t('meetings.form.passwordMissing');

  const invitees = parseEmailList(values.invitees);
  if (invitees.truncated) {
    problems.invitees = t('meetings.form.tooManyInvitees', { max: MAX_LIST_ENTRIES });
  } else if (invitees.invalid.length > 0) {
    problems.invitees = t('meetings.form.notEmail', { entries: invitees.invalid.join(', ') });
  }

  const alternateHost = values.alternateHost.trim();
  if (alternateHost && !isEmailAddress(alternateHost)) {
    problems.alternateHost = t('meetings.form.alternateHostNotEmail', { address: alternateHost });
  } else if (alternateHost && sameAddress(alternateHost, context.hostEmail)) {
    problems.alternateHost = t('meetings.form.alternateHostIsYou');
  }

  if (Object.keys(problems).length > 0 || !start.ok) return { ok: false, problems };

  const attendees: Invitee[] = invitees.emails
    .filter(({ email }) => !sameAddress(email, alternateHost))
    .map((person) => ({ ...person, role: 'ATTENDEE' }));
  if (alternateHost) attendees.push({ email: alternateHost, role: 'HOST' });

  return {
    ok: true,
    request: {
      topic,
      startsAt: start.startsAt,
      timeZone: context.timeZone,
      durationMinutes: values.durationMinutes,
      meetingPassword: password,
      ...(values.meetingType !== undefined ? { meetingType: values.meetingType } : {}),
      invitees: attendees,
    },
  };
}

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
