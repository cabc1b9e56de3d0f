/**
 * The FAILURE answers the sandbox gives. IDs and reasons marked "recorded" or "seed" come from
 * tests/reference/; "design" from docs/webex-protocol.md's list; "sandbox" ones are the
 * sandbox's own choice (no public evidence found) and are documented as such in README.md.
 */
export const EXCEPTIONS = {
  malformed: { id: '000000', reason: 'Invalid XML request' }, // design (id)
  siteMismatch: { id: '000000', reason: 'siteName is missing, unknown or not this site' }, // sandbox
  noPrivilege: { id: '000001', reason: 'Access denied, additional privilege is required' }, // design (id)
  noRecord: { id: '000015', reason: 'Sorry, no record found' }, // design (id)
  backendDown: { id: '000035', reason: 'Backend service is not responding' }, // design (id)
  rateLimited: { id: '000045', reason: 'Request rate limit reached, please try again later' }, // design (id)
  userNotFound: { id: '030001', reason: 'Corresponding User not found' }, // design (id)
  wrongPassword: { id: '030002', reason: 'Incorrect user or password' }, // design (id)
  invalidTicket: { id: '030047', reason: 'Not a valid session ticket' }, // recorded
  ticketNotAccepted: { id: '030104', reason: 'This operation does not accept a session ticket' }, // design (id)
  singleSignOnOnly: {
    id: '030103',
    reason: 'Role not supported: users of this Common Identity site sign in through SSO',
  }, // design (id)
  roleNotSupported: {
    id: '040007',
    reason: 'The role is not supported for adding specified attendee to session',
  }, // seed
  meetingNotFound: { id: '060001', reason: 'Corresponding Meeting not found' }, // recorded
  durationTooLong: {
    id: '060016',
    reason: 'Meeting duration exceeds the maximum allowed on this site',
  }, // sandbox
  invalidStartDate: {
    id: '060017',
    reason: 'Invalid startDate: use MM/DD/YYYY HH:MM:SS, year up to 2050',
  }, // sandbox
  invalidTimeZone: { id: '060018', reason: 'Invalid timeZoneID' }, // sandbox
  hostNotFound: { id: '060019', reason: 'Host WebEx ID does not exist' }, // design (id)
  notYourHost: { id: '060021', reason: 'You are not allowed to schedule a meeting for this host' }, // design (id)
  passwordRequired: { id: '060026', reason: 'Meeting password must not be null' }, // recorded
} as const;

export type SandboxException = (typeof EXCEPTIONS)[keyof typeof EXCEPTIONS];

/** Thrown by an operation to answer FAILURE. */
export class XmlFailure extends Error {
  constructor(readonly exception: SandboxException) {
    super(`${exception.id} ${exception.reason}`);
  }
}
