import { t } from '../../i18n';
import { WebExError } from '../errors';
import { buildRequestXml, type SecurityContext } from './envelope';

/**
 * A meeting key as the schema's xs:long wants it: digits only. Spaces and dashes that hosts
 * copy from invitations ("123 456 789") are dropped; anything else is refused before sending.
 */
export function normalizeMeetingKey(meetingKey: string): string {
  const digits = meetingKey.replace(/[\s-]/g, '');
  if (/^\d{1,19}$/.test(digits)) return digits;
  throw new WebExError('input', `Not a meeting number: ${meetingKey}`, {
    title: t('webex.input.meetingNumber.title'),
    meaning: t('webex.input.meetingNumber.meaning', { text: meetingKey }),
    action: t('webex.input.meetingNumber.action'),
  });
}

/** The request of an operation whose body is the meeting key alone (GetMeeting, DelMeeting, ...). */
export function buildMeetingKeyRequest(
  credentials: SecurityContext,
  bodyType: `meet:${string}`,
  meetingKey: string,
): string {
  return buildRequestXml({
    security: credentials,
    bodyType,
    body: { 'meet:meetingKey': normalizeMeetingKey(meetingKey) },
  });
}
