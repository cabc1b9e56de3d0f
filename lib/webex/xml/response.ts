import { WebExApiError } from '../errors';
import { explainException } from '../exception-catalogue';
import { readFailureDetails } from './failure-details';
import {
  notXmlFailure,
  truncatedFailure,
  unexpectedAnswer,
  xmlApiOffFailure,
  type FailureContext,
} from './failures';
import { childNode, childText, descend, tryParseXmlDocument, type XmlNode } from './xml-tree';

// An XML API answer starts, after an optional declaration and comments, with a `message`
// element under any prefix.
const XML_API_MESSAGE_START =
  /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[\w.-]+:)?message[\s>/]/;
const HTML_MARKERS = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i;

// Seen when a site has the XML API switched off: "DoNotSupportAPI", "XML API is not
// supported", "... does not support the API". Requires the word API so that 040007's "The
// role is not supported ..." is not taken for it.
const API_OFF_REASON =
  /do\s*not\s*support\s*api|\bapi\b.{0,40}\b(?:not|no longer)\s+(?:supported|available|enabled)|(?:not|no longer)\s+supports?\b.{0,40}\bapi\b/i;

/** `serv:result` of an XML API answer. */
export const ServResult = { Success: 'SUCCESS', Failure: 'FAILURE' } as const;

export function looksLikeXmlApiMessage(body: string): boolean {
  return XML_API_MESSAGE_START.test(body);
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
 * and 'truncated', 'not-xml' or 'unexpected' when the text is not a complete answer.
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
