import { authenticate } from './bearer.ts';
import { CREATES_PER_DAY, planCreate } from './create-rules.ts';
import { meetingView } from './meeting-view.ts';
import { replyError, replyJson, type RestContext } from './respond.ts';
import type { RestMeeting } from './state.ts';

const DAY = 24 * 3600_000;

/** The parsed JSON object body, or undefined after answering 400. */
export function jsonBody(context: RestContext): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(context.body);
    if (value && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  replyError(context, 400, 'The request body is not a JSON object.');
  return undefined;
}

/**
 * POST /v1/meetings (`meeting:schedules_write`): the rules of create-rules.ts; at most 100
 * attempts a day per person, failed ones included (then 429 with Retry-After); no password
 * given: the site makes one. Answers the new meeting series (MeetingSeriesObject).
 */
export function handleCreateMeeting(context: RestContext): void {
  const auth = authenticate(context, 'meeting:schedules_write');
  if (!auth) return;
  const now = context.now();
  const attempts = (context.store.state.createAttempts.get(auth.account.id) ?? []).filter(
    (at) => at > now - DAY,
  );
  context.store.state.createAttempts.set(auth.account.id, attempts);
  if (attempts.length >= CREATES_PER_DAY) {
    const seconds = Math.ceil(((attempts[0] ?? now) + DAY - now) / 1000);
    return replyError(
      context,
      429,
      'You have reached the limit of meetings created per day.',
      undefined,
      {
        'Retry-After': String(seconds),
      },
    );
  }
  attempts.push(now);
  const body = jsonBody(context);
  if (!body) return;
  const plan = planCreate(body, auth.account, context.config, now);
  if ('status' in plan)
    return replyError(
      context,
      plan.status,
      plan.descriptions[0] ?? 'Invalid request',
      plan.descriptions,
    );
  const meeting: RestMeeting = {
    id: context.tokens.hex(32),
    meetingNumber: context.tokens.digits(11),
    title: plan.title,
    agenda: plan.agenda,
    password: plan.password ?? `Sb${context.tokens.hex(6)}7`,
    start: plan.start,
    end: plan.end,
    timezone: plan.timezone,
    siteUrl: plan.siteUrl,
    hostId: auth.account.id,
    sessionTypeId: plan.sessionTypeId,
    hostKey: context.tokens.digits(6),
    invitees: plan.invitees.map((invitee, index) => ({ ...invitee, id: String(index + 1) })),
    state: 'scheduled',
  };
  context.store.state.meetings.push(meeting);
  replyJson(context, 200, meetingView(context, meeting, 'meetingSeries'));
}
