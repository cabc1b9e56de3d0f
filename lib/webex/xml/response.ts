import { WebExApiError } from '../errors';
import { explainException } from '../exception-catalogue';
import { readFailureDetails } from './failure-details';
import {
  documentTypeFailure,
  notXmlFailure,
  truncatedFailure,
  unexpectedAnswer,
  xmlApiOffFailure,
  type FailureContext,
} from './failures';
import {
  childNode,
  childText,
  declaresDocumentType,
  descend,
  tryParseXmlDocument,
  type XmlNode,
} from './xml-tree';

const HTML_MARKERS = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i;

// Seen when a site has the XML API switched off: "DoNotSupportAPI", "XML API is not
// supported", "... does not support the API". Requires the word API so that 040007's "The
// role is not supported ..." is not taken for it.
const API_OFF_REASON =
  /do\s*not\s*support\s*api|\bapi\b.{0,40}\b(?:not|no longer)\s+(?:supported|available|enabled)|(?:not|no longer)\s+supports?\b.{0,40}\bapi\b/i;

/** `serv:result` of an XML API answer. */
export const ServResult = { Success: 'SUCCESS', Failure: 'FAILURE' } as const;

/**
 * Whether the text starts, after an optional declaration and comments, with a `message`
 * element under any prefix, as every XML API answer does. A plain scan, linear in the text's
 * length whatever it holds: a pattern with a repeated comment group took hours on a few
 * hundred bytes of `<!---->`.
 */
export function looksLikeXmlApiMessage(body: string): boolean {
  let at = skipSpace(body, 0);
  if (body.startsWith('<?xml', at)) {
    // `<?xml ... ?>`: the declaration's first `>` closes it.
    const close = body.indexOf('>', at);
    if (close < at + 6 || body.charAt(close - 1) !== '?') return false;
    at = skipSpace(body, close + 1);
  }
  while (body.startsWith('<!--', at)) {
    const end = body.indexOf('-->', at + 4);
    if (end < 0) return false;
    at = skipSpace(body, end + 3);
  }
  return body.startsWith('<', at) && isMessageTag(body, at + 1);
}

// One character each: these run once per character, never over a run of text.
const SPACE = /^\s$/;
const NAME_CHAR = /^[\w.-]$/;

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && SPACE.test(text.charAt(at))) at += 1;
  return at;
}

/** `message` or `prefix:message`, then white space, `>` or `/`, from `at`. */
function isMessageTag(text: string, at: number): boolean {
  let nameEnd = at;
  while (nameEnd < text.length && NAME_CHAR.test(text.charAt(nameEnd))) nameEnd += 1;
  const localStart = text.charAt(nameEnd) === ':' && nameEnd > at ? nameEnd + 1 : at;
  if (!text.startsWith('message', localStart)) return false;
  const after = text.charAt(localStart + 'message'.length);
  return after === '>' || after === '/' || SPACE.test(after);
}

export function looksLikeHtml(body: string, contentType = ''): boolean {
  return /text\/html/i.test(contentType) || HTML_MARKERS.test(body.slice(0, 4096));
}

export function saysXmlApiIsOff(reason: string): boolean {
  return API_OFF_REASON.test(reason);
}

function failureFrom(response: XmlNode | undefined, context: FailureContext): Error {
  const { exceptionId, reason, gsbStatus, subErrors } = readFailureDetails(response);
  if (saysXmlApiIsOff(reason)) {
    return xmlApiOffFailure(context, { reason, exceptionId, gsbStatus });
  }
  return new WebExApiError(
    exceptionId,
    reason,
    gsbStatus,
    explainException(exceptionId, reason, { gsbStatus, subErrors }),
    context.operation,
    subErrors,
  );
}

/**
 * Checks an XML API answer and returns its `bodyContent` on SUCCESS. Throws a WebExApiError
 * on FAILURE (or a WebExError 'xml-api-off' when the reason says the API is not offered),
 * and 'truncated', 'not-xml' or 'unexpected' when the text is not a complete answer; 'not-xml'
 * too when it declares a DTD, which no WebEx answer does (nothing in it is parsed).
 */
export function readBodyContent(
  body: string,
  context: FailureContext,
  httpStatus = 200,
  contentType = '',
): XmlNode {
  if (body.trim() === '') throw truncatedFailure(context, httpStatus);
  const claimsToBeMessage = looksLikeXmlApiMessage(body);
  if (!claimsToBeMessage && looksLikeHtml(body, contentType)) {
    throw notXmlFailure(context, httpStatus);
  }
  if (declaresDocumentType(body)) throw documentTypeFailure(context, httpStatus);
  const document = tryParseXmlDocument(body);
  if (document === undefined) {
    throw body.trimStart().startsWith('<')
      ? truncatedFailure(context, httpStatus)
      : notXmlFailure(context, httpStatus);
  }
  const message = childNode(document, 'message');
  if (message === undefined) throw unexpectedAnswer(context.operation, 'messageEnvelope');
  const response = descend(message, ['header', 'response']);
  const result = childText(response, 'result')?.trim().toUpperCase();
  if (result === ServResult.Failure) throw failureFrom(response, context);
  if (result !== ServResult.Success) throw unexpectedAnswer(context.operation, 'result');
  return descend(message, ['body', 'bodyContent']) ?? {};
}
