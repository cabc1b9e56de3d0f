import { t } from '../../i18n';
import { WebExError, type Explanation } from '../errors';
import { siteHost } from '../../site-access';
import type { WebExSite } from '../types';
import { operationActivity, type XmlOperation } from './operation-names';

export interface FailureContext {
  operation: XmlOperation;
  site: WebExSite;
}

/**
 * What an answer lacked, named for the host: `webex.failure.missing.<name>` in locales/*.yml
 * (a name without its text does not compile).
 */
export type MissingPart =
  | 'messageEnvelope'
  | 'result'
  | 'startTime'
  | 'timeZone'
  | 'meetingNumber'
  | 'newMeetingNumber'
  | 'listedStartTime'
  | 'listedMeetingNumber'
  | 'hostLink'
  | 'joinLink'
  | 'apiVersion'
  | 'sessionTicket'
  | 'webExId';

// A CreateMeeting whose answer was lost may still have created the meeting on WebEx; the
// extension never retries it, and the host must not do so blindly either.
function action(context: FailureContext, usual: string): string {
  if (context.operation !== 'CreateMeeting') return usual;
  return `${usual} ${t('webex.failure.mayHaveCreatedMeeting')}`;
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

/** WebEx took longer than `timeoutMs` to answer; the request was abandoned. */
export function timeoutFailure(context: FailureContext, timeoutMs: number): WebExError {
  const seconds = Math.round(timeoutMs / 100) / 10;
  const activity = operationActivity(context.operation);
  return failure('timeout', context, {
    title: t('webex.failure.timeout.title'),
    meaning: t('webex.failure.timeout.meaning', {
      host: siteHost(context.site),
      seconds,
      activity,
    }),
    action: action(context, t('webex.failure.timeout.action')),
  });
}

/** The browser could not connect at all (offline, DNS, firewall, certificate). */
export function networkFailure(context: FailureContext): WebExError {
  const host = siteHost(context.site);
  const activity = operationActivity(context.operation);
  return failure('network', context, {
    title: t('webex.failure.network.title', { host }),
    meaning: t('webex.failure.network.meaning', { origin: context.site.origin, activity }),
    action: action(context, t('webex.failure.network.action')),
  });
}

/**
 * WebEx knows no site by this name: the XML API address redirected to another host (WebEx
 * sends unknown `NAME.webex.com` names on to one of its own pages). `landedHost` is where.
 */
export function noSuchSiteFailure(context: FailureContext, landedHost: string): WebExError {
  const host = siteHost(context.site);
  const activity = operationActivity(context.operation);
  return failure('no-site', context, {
    title: t('webex.failure.noSuchSite.title', { host }),
    meaning: t('webex.failure.noSuchSite.meaning', { host, activity, landedHost }),
    action: t('webex.failure.noSuchSite.action'),
  });
}

/** WebEx answered with a non-2xx HTTP status. */
export function httpFailure(context: FailureContext, status: number): WebExError {
  const serverSide = status >= 500;
  const host = siteHost(context.site);
  const activity = operationActivity(context.operation);
  return failure(
    'http',
    context,
    {
      title: t('webex.failure.http.title', { status }),
      meaning: serverSide
        ? t('webex.failure.http.serverMeaning', { host, activity })
        : t('webex.failure.http.refusedMeaning', { host, activity }),
      // A refused (4xx) request made nothing; a server error may have come after the work was done.
      action: serverSide
        ? action(context, t('webex.failure.http.serverAction'))
        : t('webex.failure.http.refusedAction'),
    },
    status,
  );
}

/** What showed that the site no longer answers the XML API. */
export interface ApiOffEvidence {
  httpStatus?: number;
  reason?: string;
  exceptionId?: string;
  gsbStatus?: string;
}

/** The site no longer offers the XML API (retired, or switched off); WebEx's reason kept as sent. */
export function xmlApiOffFailure(context: FailureContext, evidence: ApiOffEvidence): WebExError {
  const how =
    evidence.reason !== undefined
      ? t('webex.failure.apiOff.saidReason', { reason: evidence.reason })
      : t('webex.failure.apiOff.notFound', { status: evidence.httpStatus ?? 404 });
  const explanation: Explanation = {
    title: t('webex.failure.apiOff.title'),
    meaning: t('webex.failure.apiOff.meaning', { how, host: siteHost(context.site) }),
    action: t('webex.failure.apiOff.action'),
  };
  return new WebExError('xml-api-off', `${context.operation}: ${explanation.title}`, explanation, {
    operation: context.operation,
    ...evidence,
  });
}

/** WebEx (or something in between) sent a web page instead of the XML API's answer. */
export function notXmlFailure(context: FailureContext, httpStatus: number): WebExError {
  const host = siteHost(context.site);
  const activity = operationActivity(context.operation);
  return failure(
    'not-xml',
    context,
    {
      title: t('webex.failure.notXml.title'),
      meaning: t('webex.failure.notXml.meaning', { host, activity }),
      action: t('webex.failure.notXml.action'),
    },
    httpStatus,
  );
}

/** The answer declared a DTD or entities, which WebEx's never do; it was refused unparsed. */
export function documentTypeFailure(context: FailureContext, httpStatus: number): WebExError {
  return failure(
    'not-xml',
    context,
    {
      title: t('webex.failure.documentType.title'),
      meaning: t('webex.failure.documentType.meaning', {
        host: siteHost(context.site),
        activity: operationActivity(context.operation),
      }),
      action: t('webex.failure.notXml.action'),
    },
    httpStatus,
  );
}

/** The answer arrived empty or cut off, so nothing in it can be trusted. */
export function truncatedFailure(context: FailureContext, httpStatus: number): WebExError {
  return failure(
    'truncated',
    context,
    {
      title: t('webex.failure.truncated.title'),
      meaning: t('webex.failure.truncated.meaning', {
        activity: operationActivity(context.operation),
      }),
      action: action(context, t('webex.failure.truncated.action')),
    },
    httpStatus,
  );
}

/** The answer grew past `maxBytes` and was abandoned unread: no WebEx answer is that long. */
export function tooLargeFailure(
  context: FailureContext,
  httpStatus: number,
  maxBytes: number,
): WebExError {
  return failure(
    'too-large',
    context,
    {
      title: t('webex.failure.tooLarge.title'),
      meaning: t('webex.failure.tooLarge.meaning', {
        host: siteHost(context.site),
        activity: operationActivity(context.operation),
        megabytes: Math.round(maxBytes / 1024 / 1024),
      }),
      action: action(context, t('webex.failure.tooLarge.action')),
    },
    httpStatus,
  );
}

function unexpected(operation: XmlOperation, lacked: string, detail: string): WebExError {
  const explanation: Explanation = {
    title: t('webex.failure.unexpected.title'),
    meaning: t('webex.failure.unexpected.meaning', {
      activity: operationActivity(operation),
      lacked,
    }),
    action: t('webex.failure.unexpected.action'),
  };
  return new WebExError('unexpected', `${operation}: answer lacked ${detail}`, explanation, {
    operation,
  });
}

/** XML that parsed but lacks what the operation needs. */
export function unexpectedAnswer(operation: XmlOperation, missing: MissingPart): WebExError {
  return unexpected(operation, t(`webex.failure.missing.${missing}`), missing);
}

/** A `startDate` WebEx sent that names no real time in its zone. */
export function unreadableStartTime(
  operation: XmlOperation,
  startDate: string,
  timeZoneId: number,
): WebExError {
  const lacked = t('webex.failure.missing.readableStartTime', { startDate, timeZoneId });
  return unexpected(operation, lacked, `a readable start time ("${startDate}", ${timeZoneId})`);
}
