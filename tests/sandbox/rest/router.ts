import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxConfig } from '../config.ts';
import type { FaultQueue } from '../faults.ts';
import { HTML, readBody } from '../http.ts';
import type { TokenSource } from '../tokens.ts';
import type { Fault, RecordedRestRequest } from '../types.ts';
import { handleAccessToken } from './access-token.ts';
import { handleAuthorize } from './authorize.ts';
import { handleCreateMeeting } from './create-meeting.ts';
import { handleCreateInvitee } from './invitees.ts';
import { handleJoinMeeting } from './join-meeting.ts';
import { handleListMeetings } from './list-meetings.ts';
import { handleDeleteMeeting, handleGetMeeting } from './meeting-item.ts';
import { handleMeetingPreferences, handlePeopleMe, handleSessionTypes } from './people.ts';
import { reply, replyError, type RestContext } from './respond.ts';
import type { RestStore } from './state.ts';

/** What webexapis.com needs from the sandbox. */
export interface RestDependencies {
  config: SandboxConfig;
  store: RestStore;
  tokens: TokenSource;
  faults: FaultQueue;
  clock: { now(): number };
  restRequests: RecordedRestRequest[];
}

interface Route {
  method: string;
  /** The OpenAPI path (or the OAuth endpoint): what a fault's `operation` names with the method. */
  template: string;
  handle(context: RestContext): void;
}

const ROUTES: Route[] = [
  { method: 'GET', template: '/authorize', handle: handleAuthorize },
  { method: 'POST', template: '/authorize', handle: handleAuthorize },
  { method: 'POST', template: '/access_token', handle: handleAccessToken },
  { method: 'GET', template: '/people/me', handle: handlePeopleMe },
  { method: 'GET', template: '/meetingPreferences', handle: handleMeetingPreferences },
  { method: 'GET', template: '/meetings/sessionTypes', handle: handleSessionTypes },
  { method: 'POST', template: '/meetings/join', handle: handleJoinMeeting },
  { method: 'POST', template: '/meetingInvitees', handle: handleCreateInvitee },
  { method: 'POST', template: '/meetings', handle: handleCreateMeeting },
  { method: 'GET', template: '/meetings', handle: handleListMeetings },
  { method: 'GET', template: '/meetings/{meetingId}', handle: handleGetMeeting },
  { method: 'DELETE', template: '/meetings/{meetingId}', handle: handleDeleteMeeting },
];

export const REST_FAULT_KINDS: readonly Fault['kind'][] = [
  'rest-expired-token',
  'rest-forbidden',
  'rest-rate-limit',
  'rest-server-error',
  'rest-lost-answer',
];

function matches(template: string, path: string): boolean {
  const parts = template.split('/');
  const segments = path.split('/');
  return (
    parts.length === segments.length &&
    parts.every((part, index) =>
      part.startsWith('{') ? segments[index] !== '' : part === segments[index],
    )
  );
}

/** Serves https://webexapis.com/v1/...; answers are recorded in `restRequests`. */
export async function handleRest(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  deps: RestDependencies,
): Promise<void> {
  const method = request.method ?? 'GET';
  const context: RestContext = {
    request,
    response,
    method,
    path: url.pathname.startsWith('/v1/') ? url.pathname.slice(3) : url.pathname,
    url,
    body: method === 'GET' || method === 'DELETE' ? '' : await readBody(request),
    store: deps.store,
    config: deps.config,
    tokens: deps.tokens,
    now: deps.clock.now,
    recorded: deps.restRequests,
  };
  const onPath = url.pathname.startsWith('/v1/')
    ? ROUTES.filter((route) => matches(route.template, context.path))
    : [];
  // Literal paths first: /meetings/join and /meetings/sessionTypes before /meetings/{meetingId}.
  const route =
    onPath.find((item) => item.method === method && !item.template.includes('{')) ??
    onPath.find((item) => item.method === method);
  if (!route) {
    if (onPath.length > 0) return replyError(context, 405, `${method} is not allowed here.`);
    return replyError(context, 404, 'The requested resource could not be found.');
  }
  if (route.template === '/authorize') return route.handle(context);
  const fault = deps.faults.take(`${method} ${route.template}`, REST_FAULT_KINDS);
  if (fault && applyFault(context, fault)) return;
  route.handle(context);
}

/** Answers for the fault, or prepares the request for it; true when it answered. */
function applyFault(context: RestContext, fault: Fault): boolean {
  switch (fault.kind) {
    case 'rest-expired-token': {
      const bearer = /^Bearer (.+)$/.exec(context.request.headers.authorization ?? '')?.[1];
      const token = context.store.state.tokens.find((issued) => issued.token === bearer);
      if (token) token.expiresAt = Math.min(token.expiresAt, context.now());
      return false;
    }
    case 'rest-forbidden':
      replyError(context, 403, 'The server understood the request, but refused to fulfill it.');
      return true;
    case 'rest-rate-limit': {
      const html =
        '<html><head><title>429 Too Many Requests</title></head><body><h1>Too Many Requests</h1></body></html>';
      reply(context, 429, HTML, html, { 'Retry-After': String(fault.retryAfterSeconds ?? 30) });
      return true;
    }
    case 'rest-server-error': {
      const status = fault.status ?? 500;
      const headers: Record<string, string> = status === 503 ? { 'Retry-After': '10' } : {};
      replyError(context, status, 'An unexpected error occurred.', undefined, headers);
      return true;
    }
    case 'rest-lost-answer':
      context.loseAnswer = true;
      return false;
    default:
      return false;
  }
}
