import { t } from '../i18n';
import type { Invitee, ScheduleRequest } from '../webex/types';
import { durationProblemText } from './durations';
import { MAX_LIST_ENTRIES, isEmailAddress, parseEmailList } from './email-list';
import type { StartChoice } from './start-choice';
import { resolveStart } from './start-time';
import { TOPIC_MAX_CHARS, topicLength } from './topic';

// Needed only at submit, as the checks are: both load after the popup's first paint.
export { newRequestId } from './request-id';

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

export type BuiltRequest =
  { ok: true; request: ScheduleRequest } | { ok: false; problems: FormProblems };

/** Whether two e-mail addresses are the same, ignoring case (`b` may be absent: never). */
export const sameAddress = (a: string, b: string | undefined) =>
  a.toLowerCase() === b?.toLowerCase();

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
