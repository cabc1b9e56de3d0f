import type { WebExErrorInfo } from '../webex/errors';
import { ExceptionId } from '../webex/exception-ids';
import type { ScheduleRequest } from '../webex/types';

/**
 * The alternate host WebEx refused (040007), or undefined when the failure is something else.
 * The seed thread: an alternate host needs an active host account; anyone else can be invited as
 * an attendee and handed the host role once the meeting runs.
 */
export function refusedAlternateHost(
  error: WebExErrorInfo,
  request: ScheduleRequest,
): string | undefined {
  if (error.exceptionId !== ExceptionId.AlternateHostRoleNotSupported) return undefined;
  return request.invitees.find(({ role }) => role === 'HOST')?.email;
}

/** Failures after which WebEx may still have made the meeting: look in Recent before retrying. */
export function mayHaveScheduled(error: WebExErrorInfo): boolean {
  // An XML HTTP error or a REST status: only a server error may come after the work was done.
  if (error.kind === 'http' || error.kind === 'rest-api') return (error.httpStatus ?? 0) >= 500;
  return (
    error.kind === 'timeout' ||
    error.kind === 'network' ||
    error.kind === 'truncated' ||
    error.kind === 'too-large'
  );
}
