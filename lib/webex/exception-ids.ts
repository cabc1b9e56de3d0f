/**
 * The XML API's `exceptionID`s the extension knows, named after WebEx's own wording for them
 * (design.md, "Known codes"). Branch on these, never on the raw digits or on `reason`: a lint
 * rule (eslint.config.js) keeps six-digit codes out of every other file.
 */
export const ExceptionId = {
  /** The request envelope is malformed. */
  MalformedRequest: '000000',
  /** More privileges are needed for this request. */
  MorePrivilegesNeeded: '000001',
  /** No records match; for a list this is simply an empty one. */
  NoRecords: '000015',
  /** A backend service behind the site is not responding. */
  BackendServiceNotResponding: '000035',
  /** The request rate limit was reached. */
  RateLimitReached: '000045',
  /** No user with this WebEx ID on the site. */
  UserNotFound: '030001',
  /** Incorrect user or password. */
  IncorrectUserOrPassword: '030002',
  /** The user name (WebEx ID) already exists. */
  UserNameAlreadyExists: '030004',
  /** The e-mail address already exists. */
  EmailAlreadyExists: '030005',
  /** The session ticket is invalid: it expired, so the host signs in again. */
  SessionTicketInvalid: '030047',
  /**
   * "Authentication Server can't generate a valid session ticket": WebEx's sign-in service
   * could not issue a ticket (seen with gsbStatus BACKUP and a sub-error); a fault on WebEx's side.
   */
  SessionTicketNotIssued: '030048',
  /**
   * Role not supported (Common Identity sites): the site signs its users in through their
   * organisation, so the XML API refuses a password (AuthenticateUser included) and account
   * or role changes. The sandbox answers it to any password on a single-sign-on site.
   */
  RoleNotSupported: '030103',
  /** The operation does not accept a session ticket: it wants the password. */
  SessionTicketNotAccepted: '030104',
  /**
   * The role is not supported for adding this attendee: an alternate host (role HOST) must have
   * an active host account on the site.
   */
  AlternateHostRoleNotSupported: '040007',
  /** No meeting with this meeting key on the site. */
  MeetingNotFound: '060001',
  /** The host WebEx ID does not exist. */
  HostWebExIdNotFound: '060019',
  /** Not allowed to schedule on behalf of that host. */
  NotAllowedToScheduleForHost: '060021',
  /** The site requires a meeting password. */
  MeetingPasswordRequired: '060026',
} as const;

/** One of the exceptionIDs above, e.g. `'030047'`. */
export type KnownExceptionId = (typeof ExceptionId)[keyof typeof ExceptionId];

/** Every exceptionID the extension knows, in numeric order. */
export const KNOWN_EXCEPTION_IDS: readonly KnownExceptionId[] = Object.values(ExceptionId).sort();

/** True for an exceptionID named above (exact digits, no spaces). */
export function isKnownExceptionId(exceptionId: string): exceptionId is KnownExceptionId {
  return (KNOWN_EXCEPTION_IDS as readonly string[]).includes(exceptionId);
}
