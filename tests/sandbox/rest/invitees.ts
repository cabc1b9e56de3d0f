import { findMeeting, mayHost } from './access.ts';
import { authenticate } from './bearer.ts';
import { jsonBody } from './create-meeting.ts';
import { replyError, replyJson, type RestContext } from './respond.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * POST /v1/meetingInvitees (`meeting:schedules_write`): `{meetingId, email, displayName?,
 * coHost?}` on a meeting the caller hosts; 409 when that email is already invited (or is the
 * host); 404 an unknown meeting; 403 someone else's.
 */
export function handleCreateInvitee(context: RestContext): void {
  const auth = authenticate(context, 'meeting:schedules_write');
  if (!auth) return;
  const body = jsonBody(context);
  if (!body) return;
  const { meetingId, email, displayName, coHost } = body;
  if (typeof meetingId !== 'string' || typeof email !== 'string' || !EMAIL.test(email))
    return replyError(context, 400, 'meetingId and a valid email are required.');
  const found = findMeeting(context.store.state.meetings, meetingId);
  if (!found || found.kind === 'meeting') return replyError(context, 404, 'Meeting not found.');
  const { meeting } = found;
  if (!mayHost(meeting, auth.account)) return replyError(context, 403, 'Only the host can invite.');
  const host = context.store.account(meeting.hostId);
  const taken = [host?.email ?? '', ...meeting.invitees.map((invitee) => invitee.email)];
  if (taken.some((known) => known.toLowerCase() === email.toLowerCase()))
    return replyError(context, 409, 'The invitee is already invited.', [
      `${email} is already invited.`,
    ]);
  const invitee = {
    id: String(meeting.invitees.length + 1),
    email,
    displayName: typeof displayName === 'string' ? displayName : email,
    coHost: coHost === true,
  };
  meeting.invitees.push(invitee);
  replyJson(context, 200, {
    id: `${meeting.id}_${invitee.id}`,
    email: invitee.email,
    displayName: invitee.displayName,
    coHost: invitee.coHost,
    meetingId: found.kind === 'meetingSeries' ? meeting.id : meetingId,
    panelist: false,
  });
}
