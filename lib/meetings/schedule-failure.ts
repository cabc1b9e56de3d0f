import type { WebExErrorInfo } from '../webex/errors';
import type { ScheduleRequest } from '../webex/types';

/** The exception WebEx answers when an alternate host has no host account on the site. */
export const ROLE_NOT_SUPPORTED = '040007';

/**
 * The alternate host WebEx refused (040007), or undefined when the failure is something else.
 * The seed thread: an alternate host needs an active host account; anyone else can be invited as
 * an attendee and handed the host role once the meeting runs.
 */
export function refusedAlternateHost(
  error: WebExErrorInfo,
  request: ScheduleRequest,
): string | undefined {
  if (error.exceptionId !== ROLE_NOT_SUPPORTED) return undefined;
  return request.invitees.find(({ role }) => role === 'HOST')?.email;
}

/** Failures after which WebEx may still have made the meeting: look in Recent before retrying. */
export function mayHaveScheduled(error: WebExErrorInfo): boolean {
  if (error.kind === 'http') return (error.httpStatus ?? 0) >= 500;
  return error.kind === 'timeout' || error.kind === 'network' || error.kind === 'truncated';
}
