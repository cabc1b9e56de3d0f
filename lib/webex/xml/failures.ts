import { WebExError, type Explanation } from '../errors';
import type { WebExSite } from '../types';
import { OPERATION_ACTIVITY, type XmlOperation } from './operation-names';

export interface FailureContext {
  operation: XmlOperation;
  site: WebExSite;
}

function siteHost(site: WebExSite): string {
  try {
    return new URL(site.origin).host;
  } catch {
    return site.origin;
  }
}

// A CreateMeeting whose answer was lost may still have created the meeting on WebEx; the
// extension never retries it, and the host must not do so blindly either.
function action(context: FailureContext, usual: string): string {
  if (context.operation !== 'CreateMeeting') return usual;
  return `${usual} WebEx may have created the meeting anyway: look at your upcoming meetings before you schedule it again, so that it is not created twice.`;
}

function failure(
  kind: WebExError['kind'],
  context: FailureContext,
  explanation: Explanation,
  httpStatus?: number,
): WebExError {
  return new WebExError(kind, `${context.operation}: ${explanation.title}`, explanation, {
    operation: context.operation,
    ...(httpStatus === undefined ? {} : { httpStatus }),
  });
}

export function timeoutFailure(context: FailureContext, timeoutMs: number): WebExError {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return failure('timeout', context, {
    title: 'WebEx did not answer in time',
    meaning: `${siteHost(context.site)} took longer than ${seconds} seconds to answer while ${OPERATION_ACTIVITY[context.operation]}, so the extension stopped waiting.`,
    action: action(context, 'Check your internet connection and try again in a minute.'),
  });
}

export function networkFailure(context: FailureContext): WebExError {
  return failure('network', context, {
    title: `Could not reach ${siteHost(context.site)}`,
    meaning: `The browser could not connect to ${context.site.origin} while ${OPERATION_ACTIVITY[context.operation]}. You may be offline, the site name may be misspelt, or a firewall, proxy or VPN may block it.`,
    action: action(context, 'Check your connection and the site name in Options, then try again.'),
  });
}

export function httpFailure(context: FailureContext, status: number): WebExError {
  const serverSide = status >= 500;
  return failure(
    'http',
    context,
    {
      title: `WebEx answered with an error (HTTP ${status})`,
      meaning: serverSide
        ? `${siteHost(context.site)} had a problem on its side while ${OPERATION_ACTIVITY[context.operation]}.`
        : `${siteHost(context.site)} refused the request while ${OPERATION_ACTIVITY[context.operation]}.`,
      // A refused (4xx) request made nothing; a server error may have come after the work was done.
      action: serverSide
        ? action(context, 'Try again in a few minutes; WebEx is usually back quickly.')
        : 'Check the site address in Options. If it is right and this keeps happening, ask your WebEx administrator.',
    },
    status,
  );
}

export interface ApiOffEvidence {
  httpStatus?: number;
  reason?: string;
  exceptionId?: string;
  gsbStatus?: string;
}

export function xmlApiOffFailure(context: FailureContext, evidence: ApiOffEvidence): WebExError {
  const host = siteHost(context.site);
  const how =
    evidence.reason !== undefined
      ? `WebEx said: "${evidence.reason}".`
      : `The XML API address answered HTTP ${evidence.httpStatus ?? 404} (not found).`;
  const explanation: Explanation = {
    title: 'This site no longer answers the WebEx XML API',
    meaning: `${how} Cisco retired the Meetings XML API on 31 March 2024; only sites granted an extension still answer it, and ${host} does not seem to be one of them.`,
    action:
      'Check that the site name in Options is right. If it is, ask your WebEx administrator whether the XML API is still enabled for your site; until it is, schedule and start meetings on the WebEx site itself.',
  };
  return new WebExError('xml-api-off', `${context.operation}: ${explanation.title}`, explanation, {
    operation: context.operation,
    ...evidence,
  });
}

export function notXmlFailure(context: FailureContext, httpStatus: number): WebExError {
  return failure(
    'not-xml',
    context,
    {
      title: 'WebEx sent a web page instead of an API answer',
      meaning: `${siteHost(context.site)} answered with a web page, not the XML the API uses, while ${OPERATION_ACTIVITY[context.operation]}. This happens when the site name is wrong, when a company sign-in portal or proxy intercepts the request, or when the site no longer offers the XML API.`,
      action:
        'Check the site name in Options. On a company network, try again without the VPN or ask IT whether WebEx is filtered.',
    },
    httpStatus,
  );
}

export function truncatedFailure(context: FailureContext, httpStatus: number): WebExError {
  return failure(
    'truncated',
    context,
    {
      title: "WebEx's answer was empty or cut off",
      meaning: `The answer to ${OPERATION_ACTIVITY[context.operation]} arrived empty or incomplete, so nothing in it can be trusted. The connection was probably interrupted.`,
      action: action(
        context,
        'Try again. If it keeps happening, check your connection or try from another network.',
      ),
    },
    httpStatus,
  );
}

/** XML that parsed but lacks what the operation needs. */
export function unexpectedAnswer(operation: XmlOperation, missing: string): WebExError {
  const explanation: Explanation = {
    title: "WebEx's answer was not what the extension expected",
    meaning: `WebEx answered while ${OPERATION_ACTIVITY[operation]}, but the answer lacked ${missing}.`,
    action:
      'Try again. If it keeps happening, your site may run an XML API version this extension does not know yet: please report it.',
  };
  return new WebExError('unexpected', `${operation}: answer lacked ${missing}`, explanation, {
    operation,
  });
}
