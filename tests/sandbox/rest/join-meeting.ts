import { findMeeting, mayHost, maySee } from './access.ts';
import { authenticate } from './bearer.ts';
import { jsonBody } from './create-meeting.ts';
import { webLinkOf } from './meeting-view.ts';
import { personalRoomOf } from './people.ts';
import { reply, replyError, replyJson, type RestContext } from './respond.ts';
import type { RestMeeting } from './state.ts';
import { formatRestTime } from './times.ts';

/** `https://SITE.webex.com/wbxmjs/joinservice/sites/SITE/meeting/download/ID?...`, as Webex's. */
export function joinLinkUrl(meeting: RestMeeting, token: string): string {
  const site = meeting.siteUrl.replace(/\.webex\.com$/, '');
  return (
    `https://${meeting.siteUrl}/wbxmjs/joinservice/sites/${site}/meeting/download/${meeting.id}` +
    `?siteurl=${site}&integrationJoinToken=${token}`
  );
}

/**
 * POST /v1/meetings/join (`meeting:schedules_read`): by `meetingId`, `meetingNumber` or
 * `webLink` (one of them); `joinDirectly: false` answers `{startLink (host or cohost only),
 * joinLink, expiration}`, otherwise a 302 to the join link; `expirationMinutes` 1..60 (default 5).
 */
export function handleJoinMeeting(context: RestContext): void {
  const auth = authenticate(context, 'meeting:schedules_read');
  if (!auth) return;
  const body = jsonBody(context);
  if (!body) return;
  const keys = ['meetingId', 'meetingNumber', 'webLink'].filter((key) => body[key] !== undefined);
  if (keys.length !== 1)
    return replyError(context, 400, 'Give exactly one of meetingId, meetingNumber and webLink.');
  const minutes = body.expirationMinutes ?? 5;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > 60)
    return replyError(context, 400, 'expirationMinutes must be between 1 and 60.');
  const room = personalRoomOf(auth.account);
  if (body.webLink !== undefined && body.webLink === room.link)
    return joinPersonalRoom(context, body.joinDirectly, minutes, room);
  const meetings = context.store.state.meetings;
  const meeting =
    typeof body.meetingId === 'string'
      ? findMeeting(meetings, body.meetingId)?.meeting
      : meetings.find((item) =>
          body.meetingNumber !== undefined
            ? item.meetingNumber === body.meetingNumber
            : webLinkOf(item) === body.webLink,
        );
  if (!meeting || !maySee(meeting, auth.account) || meeting.state === 'ended')
    return replyError(context, 404, 'Meeting not found.');
  const expiresAt = context.now() + minutes * 60_000;
  const link = (start: boolean) => {
    const token = context.tokens.hex(40);
    context.store.state.joinLinks.push({ token, meetingId: meeting.id, start, expiresAt });
    return joinLinkUrl(meeting, token);
  };
  const joinLink = link(false);
  if (body.joinDirectly !== false)
    return reply(context, 302, 'text/plain', '', { Location: joinLink });
  replyJson(context, 200, {
    ...(mayHost(meeting, auth.account) ? { startLink: link(true) } : {}),
    joinLink,
    expiration: formatRestTime(expiresAt),
  });
}

/** `/meetings/join` by the host's own Personal Room link: a start link (the host) and a join link. */
function joinPersonalRoom(
  context: RestContext,
  joinDirectly: unknown,
  minutes: number,
  room: ReturnType<typeof personalRoomOf>,
): void {
  const expiresAt = context.now() + minutes * 60_000;
  const target = { id: room.id, siteUrl: room.site } as RestMeeting;
  const link = (start: boolean) => {
    const token = context.tokens.hex(40);
    context.store.state.joinLinks.push({
      token,
      meetingId: room.id,
      start,
      expiresAt,
      room: { title: room.topic, siteUrl: room.site },
    });
    return joinLinkUrl(target, token);
  };
  const joinLink = link(false);
  if (joinDirectly !== false) return reply(context, 302, 'text/plain', '', { Location: joinLink });
  replyJson(context, 200, {
    startLink: link(true),
    joinLink,
    expiration: formatRestTime(expiresAt),
  });
}
