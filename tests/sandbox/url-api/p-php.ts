import { findHost, type HostConfig } from '../config.ts';
import { removeWhere } from '../state.ts';
import { resolveBackUrl } from './back-url.ts';
import { param, type UrlApiContext } from './context.ts';
import { fail, finish, goTo } from './respond.ts';
import { currentSession, endSession, startSession } from './session.ts';

/** p.php: AT=LI (login, optionally chained to MU) and AT=LO (logout). */
export function handlePPhp(context: UrlApiContext): void {
  const command = param(context, 'AT');
  if (command === 'LI') return login(context);
  if (command === 'LO') {
    const setCookie = endSession(context);
    return finish(
      context,
      [
        ['AT', 'LO'],
        ['ST', 'SUCCESS'],
      ],
      { setCookie },
    );
  }
  fail(context, command ?? '', 'InvalidDataFormat');
}

function login(context: UrlApiContext): void {
  // Since 2016 WebEx refuses passwords in GET query strings: POST them.
  if (context.query.has('PW') || context.query.has('PID')) {
    return fail(context, 'LI', 'BadWebExIDorPassword');
  }
  if (currentSession(context)) return fail(context, 'LI', 'AlreadyLogon');
  const chained = param(context, 'MU');
  const next = chained === undefined ? undefined : chainedCommand(context, chained);
  if (chained !== undefined && !next) return fail(context, 'LI', 'InvalidDataFormat');

  const host = findHost(context.site, param(context, 'WID') ?? '');
  const ticket = param(context, 'TK');
  const password = context.form.get('PW');
  let reason: string | undefined;
  if (ticket !== undefined) reason = useTicket(context, host, ticket) ? undefined : 'InvalidTicket';
  else if (!host || password === undefined || password !== host.password)
    reason = 'BadWebExIDorPassword';
  if (reason || !host) return fail(context, 'LI', reason ?? 'BadWebExIDorPassword');

  const setCookie = startSession(context, host);
  if (next) return goTo(context, next, { title: 'Cisco Webex', message: 'Signed in.' }, setCookie);
  finish(
    context,
    [
      ['AT', 'LI'],
      ['ST', 'SUCCESS'],
      ['WID', host.webExId],
    ],
    { setCookie },
  );
}

/** Consumes a one-time TK from GethosturlMeeting; false if unknown, used, expired or not this host's. */
function useTicket(context: UrlApiContext, host: HostConfig | undefined, value: string): boolean {
  const { hostUrlTickets } = context.state;
  const ticket = hostUrlTickets.find((item) => item.ticket === value);
  if (!ticket || !host || ticket.webExId !== host.webExId) return false;
  removeWhere(hostUrlTickets, (item) => item === ticket);
  return context.now() < ticket.expiresAt;
}

/** MU must be a URL API command on this same site (absolute or site-relative). */
function chainedCommand(context: UrlApiContext, value: string): string | undefined {
  const target = resolveBackUrl(context, value);
  if (!target) return undefined;
  const url = new URL(target);
  const sameHost = url.origin === context.origin || url.host === `${context.site.name}.webex.com`;
  return sameHost && url.pathname === `/${context.site.name}/m.php` ? target : undefined;
}
