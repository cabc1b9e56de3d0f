import type { Explanation } from './errors';

/**
 * What the XML API's `exceptionID`s mean for a host, in our own words. Branch on the code,
 * never on `reason`: WebEx's reason text is for people and changes between releases.
 */
const CATALOGUE = {
  '000000': {
    title: 'WebEx could not read the request',
    meaning:
      'WebEx rejected the request as malformed before looking at what it asked for. This is a fault in the extension, not something you did.',
    action: 'Try again. If it happens again, please report it together with what you were doing.',
  },
  '000001': {
    title: 'Your account needs more privileges for this',
    meaning:
      'WebEx understood the request, but your account on this site is not allowed to do it (for example, it is not a host account, or the site restricts this feature).',
    action: 'Ask your WebEx site administrator to grant your account the host privileges you need.',
  },
  '000015': {
    title: 'No meetings found',
    meaning: 'WebEx found nothing that matches: there are no meetings in the period you looked at.',
    action: 'Nothing to fix. Schedule a meeting, or look at a wider period.',
  },
  '000035': {
    title: 'A WebEx service is not responding',
    meaning:
      'One of the services behind your WebEx site did not answer in time, so WebEx could not complete the request.',
    action: 'Wait a few minutes and try again.',
  },
  '000045': {
    title: 'Too many requests to WebEx',
    meaning:
      'WebEx limits how many requests an account or site may send in a short time, and that limit was reached.',
    action: 'Wait a minute, then try again.',
  },
  '030001': {
    title: 'WebEx does not know this user',
    meaning: 'There is no account with this WebEx ID on the site.',
    action:
      'Check your WebEx ID (often your e-mail address or user name) and the site name in Options.',
  },
  '030002': {
    title: 'Incorrect WebEx ID or password',
    meaning: 'WebEx did not accept this combination of WebEx ID and password for the site.',
    action:
      'Check both and sign in again. If your site signs you in through your company (single sign-on), a WebEx password may not exist for your account: ask your administrator.',
  },
  '030004': {
    title: 'That user name is already taken',
    meaning: 'Another account on this site already uses this WebEx ID.',
    action: 'Choose a different WebEx ID, or use the existing account.',
  },
  '030005': {
    title: 'That e-mail address is already in use',
    meaning: 'Another account on this site already uses this e-mail address.',
    action: 'Use a different e-mail address, or sign in with the account that already has it.',
  },
  '030047': {
    title: 'Your WebEx session has expired',
    meaning:
      'The session ticket from your last sign-in is no longer valid; WebEx tickets expire after a while.',
    action: 'Sign in again; the extension then carries on with a fresh session.',
  },
  '030103': {
    title: 'Your site does not support this role',
    meaning:
      'Your site manages its accounts centrally (Cisco Common Identity), and WebEx does not accept this role or account change through the XML API there.',
    action:
      'Make the change in Webex Control Hub or on the WebEx site, or ask your administrator to do it.',
  },
  '030104': {
    title: 'This action needs a fresh sign-in',
    meaning: 'WebEx does not accept a session ticket for this request: it wants your password.',
    action: 'Do this on the WebEx site itself, where you sign in directly.',
  },
  '040007': {
    title: 'An alternate host needs a host account',
    meaning:
      'You added someone as an alternate host (role HOST). WebEx only accepts alternate hosts who have an active host account on this site, and at least one of them does not.',
    action:
      'Invite them as attendees instead. Once you have started the meeting, you can pass the host role to them inside the meeting.',
  },
  '060001': {
    title: 'Meeting not found',
    meaning:
      'WebEx has no meeting with this number on your site. It may have been deleted, or it belongs to another site or host.',
    action: 'Refresh your list of meetings and check the meeting number.',
  },
  '060019': {
    title: 'The host WebEx ID does not exist',
    meaning: 'The meeting names a host whose WebEx ID is not an account on this site.',
    action: 'Check the host WebEx ID, or schedule the meeting for yourself.',
  },
  '060021': {
    title: 'Not allowed to schedule for that host',
    meaning:
      'You tried to schedule a meeting on behalf of another host, but that host has not given you scheduling permission.',
    action:
      'Ask that host to add you as a scheduler in their WebEx preferences, or schedule the meeting for yourself.',
  },
  '060026': {
    title: 'Your site requires a meeting password',
    meaning: 'Your WebEx site does not allow meetings without a password, and none was given.',
    action: 'Enter a meeting password (or let the extension generate one) and schedule again.',
  },
} as const satisfies Readonly<Record<string, Explanation>>;

export type KnownExceptionId = keyof typeof CATALOGUE;

/** Every exceptionID the catalogue explains, in numeric order. */
export const KNOWN_EXCEPTION_IDS = Object.keys(CATALOGUE).sort() as readonly KnownExceptionId[];

export function isKnownExceptionId(exceptionId: string): exceptionId is KnownExceptionId {
  return Object.hasOwn(CATALOGUE, exceptionId);
}

/**
 * An explanation for an XML API failure. Unknown codes get a general one that quotes the
 * server's reason as plain text (the UI renders text, never markup).
 */
export function explainException(exceptionId: string, reason?: string): Explanation {
  const code = exceptionId.trim();
  if (isKnownExceptionId(code)) return CATALOGUE[code];
  const said = reason?.trim();
  return {
    title: code === '' ? 'WebEx refused the request' : `WebEx refused the request (code ${code})`,
    meaning:
      said === undefined || said === ''
        ? 'WebEx answered with an error the extension does not know, and gave no reason.'
        : `WebEx answered with an error the extension does not know. WebEx said: "${said}"`,
    action:
      'Try again. If it happens again, do this on the WebEx site itself, and tell us the code so that the extension can explain it next time.',
  };
}
