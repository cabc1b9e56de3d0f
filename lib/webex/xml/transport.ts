import type { WebExSite } from '../types';
import {
  httpFailure,
  networkFailure,
  noSuchSiteFailure,
  timeoutFailure,
  tooLargeFailure,
  truncatedFailure,
  xmlApiOffFailure,
  type FailureContext,
} from './failures';
import { looksLikeHtml, looksLikeXmlApiMessage } from './response';
import { readCapped } from '../capped-body';

export const DEFAULT_TIMEOUT_MS = 20_000;
/**
 * The longest answer read, in bytes: the largest WebEx answers (a long LstsummaryMeeting, the
 * site's LstTimeZone) take a few hundred kilobytes at most. Anything longer is abandoned.
 */
export const MAX_ANSWER_BYTES = 2 * 1024 * 1024;
export const XML_SERVICE_PATH = '/WBXService/XMLService';

export interface XmlTransportOptions {
  fetch: typeof fetch;
  /** How long to wait for the whole answer; default 20 s. */
  timeoutMs?: number;
  /** The longest answer read, in bytes; default MAX_ANSWER_BYTES. */
  maxAnswerBytes?: number;
}

export interface HttpAnswer {
  status: number;
  contentType: string;
  body: string;
}

export function xmlServiceUrl(site: WebExSite): string {
  return `${site.origin}${XML_SERVICE_PATH}`;
}

/**
 * POSTs one request and returns the answer's text. It never retries, for any operation: a
 * request whose answer was lost may have taken effect (CreateMeeting would make a second
 * meeting), so whether to try again is left to the host, with an explanation.
 */
export async function postXml(
  options: XmlTransportOptions,
  context: FailureContext,
  xml: string,
): Promise<HttpAnswer> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  // Called unbound: `window.fetch` invoked as a method of `options` throws "Illegal invocation".
  const send = options.fetch;
  let response: Response;
  try {
    response = await send(xmlServiceUrl(context.site), {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml; charset=UTF-8' },
      body: xml,
      signal,
      // The XML API authenticates by the envelope; browser cookies play no part.
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw signal.aborted ? timeoutFailure(context, timeoutMs) : networkFailure(context);
  }
  const landedHost = hostElsewhere(response, context.site);
  if (landedHost !== undefined) {
    await response.body?.cancel().catch(() => undefined);
    throw noSuchSiteFailure(context, landedHost);
  }
  const maxBytes = options.maxAnswerBytes ?? MAX_ANSWER_BYTES;
  const tooLarge = tooLargeFailure(context, response.status, maxBytes);
  const declared = Number(response.headers.get('content-length') ?? '');
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge;
  }
  let body: string | undefined;
  try {
    body = await readCapped(response, maxBytes);
  } catch {
    throw signal.aborted
      ? timeoutFailure(context, timeoutMs)
      : truncatedFailure(context, response.status);
  }
  if (body === undefined) throw tooLarge;
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body };
}

/**
 * The host a redirect took the request to, when it left the site's own host: WebEx answers a
 * site name it does not know that way (a live site answers its XML API where it was asked).
 */
function hostElsewhere(response: Response, site: WebExSite): string | undefined {
  if (!response.redirected || response.url === '') return undefined;
  let landed: string;
  try {
    landed = new URL(response.url).host;
  } catch {
    return undefined;
  }
  return landed === new URL(site.origin).host ? undefined : landed;
}

/** Turns a non-2xx answer that carries no XML API message into its WebExError. */
export function rejectHttpError(answer: HttpAnswer, context: FailureContext): void {
  const ok = answer.status >= 200 && answer.status < 300;
  if (ok || looksLikeXmlApiMessage(answer.body)) return;
  const gone = answer.status === 404 || answer.status === 410;
  if (gone && (answer.body.trim() === '' || looksLikeHtml(answer.body, answer.contentType))) {
    throw xmlApiOffFailure(context, { httpStatus: answer.status });
  }
  throw httpFailure(context, answer.status);
}
