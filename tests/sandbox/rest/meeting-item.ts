import { findMeeting, mayHost, maySee } from './access.ts';
import { authenticate } from './bearer.ts';
import { meetingView } from './meeting-view.ts';
import { reply, replyError, replyJson, type RestContext } from './respond.ts';

const NOT_FOUND = 'Meeting not found.';

function meetingIdOf(context: RestContext): string {
  return decodeURIComponent(context.path.slice('/meetings/'.length));
}

/** GET /v1/meetings/{meetingId} (`meeting:schedules_read`): host, cohost or invitee; else 404. */
export function handleGetMeeting(context: RestContext): void {
  const auth = authenticate(context, 'meeting:schedules_read');
  if (!auth) return;
  const found = findMeeting(context.store.state.meetings, meetingIdOf(context));
  if (!found || !maySee(found.meeting, auth.account)) return replyError(context, 404, NOT_FOUND);
  replyJson(context, 200, meetingView(context, found.meeting, found.kind));
}

/**
 * DELETE /v1/meetings/{meetingId} (`meeting:schedules_write`): 204 for the host's series or
 * scheduled meeting; 404 unknown or not visible; 403 an invitee's; 409 for one in progress or
 * ended (the description: "doesn't apply to ended or in-progress meeting instances").
 */
export function handleDeleteMeeting(context: RestContext): void {
  const auth = authenticate(context, 'meeting:schedules_write');
  if (!auth) return;
  const meetings = context.store.state.meetings;
  const found = findMeeting(meetings, meetingIdOf(context));
  if (!found || !maySee(found.meeting, auth.account)) return replyError(context, 404, NOT_FOUND);
  if (!mayHost(found.meeting, auth.account))
    return replyError(context, 403, 'Only the host can delete this meeting.');
  if (found.meeting.state !== 'scheduled' || found.kind === 'meeting')
    return replyError(context, 409, 'A meeting in progress or ended cannot be deleted.');
  meetings.splice(meetings.indexOf(found.meeting), 1);
  reply(context, 204, '', '');
}
