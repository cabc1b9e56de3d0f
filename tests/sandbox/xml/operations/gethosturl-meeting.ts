import { authenticate } from '../auth.ts';
import type { Operation } from '../context.ts';
import { tag } from '../escape.ts';
import { findHostedMeeting, meetingPageUrl } from '../meetings.ts';
import { NS } from '../namespaces.ts';

/** How long the one-time TK in hostMeetingURL stays usable. */
export const HOST_URL_TICKET_LIFETIME_MS = 5 * 60_000;

/** A password-free start link: p.php login with a one-time ticket, chained to m.php?AT=HM. */
export const gethosturlMeeting: Operation = {
  namespace: NS.meet,
  family: 'meeting',
  responseType: 'meet:gethosturlMeetingResponse',
  run(context) {
    const host = authenticate(context);
    const meeting = findHostedMeeting(context, host);
    const ticket = context.tokens.hex(40);
    context.state.hostUrlTickets.push({
      ticket,
      webExId: host.webExId,
      expiresAt: context.now() + HOST_URL_TICKET_LIFETIME_MS,
    });
    const startCommand = meetingPageUrl(context.site, 'm.php', `AT=HM&MK=${meeting.meetingKey}`);
    const login = `AT=LI&WID=${encodeURIComponent(host.webExId)}&TK=${ticket}&MU=${encodeURIComponent(startCommand)}`;
    return [tag('meet:hostMeetingURL', meetingPageUrl(context.site, 'p.php', login))];
  },
};
