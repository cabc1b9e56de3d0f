import type { IncomingMessage, ServerResponse } from 'node:http';
import { findSite, type SandboxConfig, type SiteConfig } from '../config.ts';
import type { FaultQueue } from '../faults.ts';
import { HTML, send, XML } from '../http.ts';
import { apiOffPage, maintenancePage, serverErrorPage } from '../pages.ts';
import type { SandboxState } from '../state.ts';
import type { TokenSource } from '../tokens.ts';
import type { RecordedRequest, SandboxClock } from '../types.ts';
import type { Operation } from './context.ts';
import { parseXml } from './document.ts';
import { readEnvelope, type RequestEnvelope } from './envelope.ts';
import { EXCEPTIONS, XmlFailure, type SandboxException } from './exceptions.ts';
import type { Family } from './namespaces.ts';
import { OPERATIONS } from './operations/index.ts';
import { failureXml, successXml } from './respond.ts';
import { checkSchema, type SchemaVerdict } from './schema.ts';

export interface XmlServiceDependencies {
  config: SandboxConfig;
  state: SandboxState;
  clock: SandboxClock;
  tokens: TokenSource;
  faults: FaultQueue;
  requests: RecordedRequest[];
  /** Real-time wait (latency faults). */
  sleep: (ms: number) => Promise<void>;
}

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

const xmlAnswer = (body: string): Answer => ({ status: 200, contentType: XML, body });
const failure = (family: Family, exception: SandboxException = EXCEPTIONS.malformed) =>
  xmlAnswer(failureXml(family, exception));

const servedSockets = new WeakSet<object>();

/**
 * POST /WBXService/XMLService. `urlSite` is the site the Host header names (SITE.webex.com), or
 * undefined on a loopback host, where siteName alone picks the site.
 */
export async function handleXmlService(
  request: IncomingMessage,
  response: ServerResponse,
  body: string,
  urlSite: SiteConfig | undefined,
  deps: XmlServiceDependencies,
): Promise<void> {
  const verdict = await checkSchema(body);
  const root = verdict.malformed ? undefined : parseXml(body);
  const envelope = root && readEnvelope(root);
  deps.requests.push({
    site: envelope?.security.siteName,
    operation: envelope?.operation,
    body,
    xsdValid: verdict.errors.length === 0,
    xsdErrors: verdict.errors,
    schemaGaps: verdict.gaps,
    form: envelope?.form ?? 'unreadable',
    at: deps.clock.now(),
  });
  const operationName = envelope?.operation;

  const latency = deps.faults.take(operationName, ['latency']);
  if (latency?.kind === 'latency') await deps.sleep(latency.ms);

  const early = deps.faults.take(operationName, ['http500', 'html']);
  if (early?.kind === 'http500') return send(response, 500, HTML, serverErrorPage());
  if (early?.kind === 'html') return send(response, 200, HTML, maintenancePage());

  // Chromium resends a request whose reused keep-alive connection closed before any answer.
  const reused = servedSockets.has(request.socket);
  servedSockets.add(request.socket);
  const answer = answerFor(envelope, verdict, urlSite, deps);
  const late = deps.faults.take(
    operationName,
    reused ? ['truncated', 'reset', 'connection-drop'] : ['truncated', 'reset'],
  );
  if (late?.kind === 'reset' || late?.kind === 'connection-drop') {
    request.socket.destroy();
    return;
  }
  const text =
    late?.kind === 'truncated'
      ? answer.body.slice(0, Math.floor(answer.body.length / 2))
      : answer.body;
  send(response, answer.status, answer.contentType, text);
}

function answerFor(
  envelope: RequestEnvelope | undefined,
  verdict: SchemaVerdict,
  urlSite: SiteConfig | undefined,
  deps: XmlServiceDependencies,
): Answer {
  // The legacy java:... form predates the published schema; WebEx accepts it, so it is read unchecked.
  if (!envelope || (envelope.form === 'namespaced' && verdict.errors.length > 0)) {
    return failure('none');
  }
  const site = findSite(deps.config, envelope.security.siteName);
  if (!site || (urlSite && site !== urlSite)) return failure('none', EXCEPTIONS.siteMismatch);
  if (!site.xmlApiEnabled) return { status: 404, contentType: HTML, body: apiOffPage(site.name) };
  const operation: Operation | undefined = Object.hasOwn(OPERATIONS, envelope.operation)
    ? OPERATIONS[envelope.operation]
    : undefined;
  if (!operation || operation.namespace !== envelope.namespace) return failure('none');

  const fault = deps.faults.take(envelope.operation, ['exception']);
  if (fault?.kind === 'exception') {
    const exception =
      fault.exceptionId === '000035' ? EXCEPTIONS.backendDown : EXCEPTIONS.rateLimited;
    return failure(operation.family, exception);
  }
  const context = {
    site,
    state: deps.state.site(site.name),
    security: envelope.security,
    body: envelope.body,
    now: deps.clock.now,
    tokens: deps.tokens,
    newMeetingKey: deps.state.newMeetingKey,
  };
  try {
    // As if an earlier, unanswered copy of this POST had created the meeting too.
    if (
      envelope.operation === 'CreateMeeting' &&
      deps.faults.take('CreateMeeting', ['duplicate-create'])
    ) {
      operation.run(context);
    }
    const body = operation.run(context);
    return xmlAnswer(successXml(operation.family, operation.responseType, body));
  } catch (error) {
    if (error instanceof XmlFailure) return failure(operation.family, error.exception);
    throw error;
  }
}
