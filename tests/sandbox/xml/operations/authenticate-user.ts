import { authenticateWithPassword, TICKET_TIME_TO_LIVE } from '../auth.ts';
import type { Operation } from '../context.ts';
import { tag } from '../escape.ts';
import { NS } from '../namespaces.ts';

/** Empty body, password in the securityContext: a session ticket to use instead of the password. */
export const authenticateUser: Operation = {
  namespace: NS.use,
  family: 'user',
  responseType: 'use:authenticateUserResponse',
  run(context) {
    const host = authenticateWithPassword(context);
    const ticket = {
      ticket: context.tokens.hex(64),
      webExId: host.webExId,
      createTime: context.now(),
      timeToLiveSeconds: TICKET_TIME_TO_LIVE,
    };
    context.state.sessionTickets.push(ticket);
    return [
      tag('use:sessionTicket', ticket.ticket),
      tag('use:createTime', ticket.createTime),
      tag('use:timeToLive', ticket.timeToLiveSeconds),
    ];
  },
};
