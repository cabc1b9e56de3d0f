import { t } from '../../i18n';
import { WebExError, type Explanation, type WebExErrorInfo } from '../errors';
import type { RestErrorBody } from './error-body';
import { restActivity, restRequestName, type RestOperation } from './operations';

/** The REST API's host, named in messages about reaching it. */
export const REST_HOST = 'webexapis.com';

/** Which call failed, and for which site (`acme.webex.com`). */
export interface RestFailureContext {
  operation: RestOperation;
  siteUrl: string;
}

type Details = Omit<WebExErrorInfo, 'kind' | 'message' | 'explanation' | 'operation'>;

// A create whose answer was lost may still have made the meeting: it is never resent.
function action(context: RestFailureContext, usual: string): string {
  if (context.operation !== 'createMeeting') return usual;
  return `${usual} ${t('webex.failure.mayHaveCreatedMeeting')}`;
}

function failure(
  kind: WebExError['kind'],
  context: RestFailureContext,
  explanation: Explanation,
  details: Details = {},
): WebExError {
  const operation = restRequestName(context.operation);
  return new WebExError(kind, `${operation}: ${explanation.title}`, explanation, {
    operation,
    ...details,
  });
}

/** Webex took longer than `timeoutMs` to answer; the request was abandoned. */
export function restTimeout(context: RestFailureContext, timeoutMs: number): WebExError {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return failure('timeout', context, {
    title: t('webex.failure.timeout.title'),
    meaning: t('webex.failure.timeout.meaning', {
      host: REST_HOST,
      seconds,
      activity: restActivity(context.operation),
    }),
    action: action(context, t('webex.failure.timeout.action')),
  });
}

/** The browser could not connect to webexapis.com at all. */
export function restNetwork(context: RestFailureContext): WebExError {
  return failure('network', context, {
    title: t('webex.failure.network.title', { host: REST_HOST }),
    meaning: t('webex.rest.failure.network.meaning', { activity: restActivity(context.operation) }),
    action: action(context, t('webex.rest.failure.network.action')),
  });
}

/** The answer grew past `maxBytes` and was abandoned unread. */
export function restTooLarge(
  context: RestFailureContext,
  httpStatus: number,
  maxBytes: number,
): WebExError {
  const megabytes = Math.round(maxBytes / 1024 / 1024);
  const activity = restActivity(context.operation);
  return failure(
    'too-large',
    context,
    {
      title: t('webex.failure.tooLarge.title'),
      meaning: t('webex.failure.tooLarge.meaning', { host: REST_HOST, activity, megabytes }),
      action: action(context, t('webex.failure.tooLarge.action')),
    },
    { httpStatus },
  );
}

/** The answer arrived empty, cut off, or as JSON that does not parse. */
export function restTruncated(context: RestFailureContext, httpStatus: number): WebExError {
  return failure(
    'truncated',
    context,
    {
      title: t('webex.failure.truncated.title'),
      meaning: t('webex.failure.truncated.meaning', { activity: restActivity(context.operation) }),
      action: action(context, t('webex.failure.truncated.action')),
    },
    { httpStatus },
  );
}

/** A web page (a portal, a proxy, an HTML 429) where the REST API's JSON was expected. */
export function restNotJson(context: RestFailureContext, httpStatus: number): WebExError {
  return failure(
    'not-json',
    context,
    {
      title: t('webex.rest.failure.notJson.title'),
      meaning: t('webex.rest.failure.notJson.meaning', {
        status: httpStatus,
        activity: restActivity(context.operation),
      }),
      action: action(context, t('webex.rest.failure.notJson.action')),
    },
    { httpStatus },
  );
}

/**
 * The access token has run out (known here from its expiry, nothing sent) or Webex refused it
 * (401). Signing in again is the way on; what the host entered stays where it is.
 */
export function restTokenExpired(
  context: RestFailureContext,
  answer?: { httpStatus: number; body: RestErrorBody },
): WebExError {
  return failure(
    'token-expired',
    context,
    {
      title: t('webex.rest.failure.tokenExpired.title'),
      meaning: answer
        ? t('webex.rest.failure.tokenExpired.refusedMeaning')
        : t('webex.rest.failure.tokenExpired.expiredMeaning'),
      action: t('webex.rest.failure.tokenExpired.action'),
    },
    answer ? answerDetails(answer.httpStatus, answer.body) : {},
  );
}

function answerDetails(httpStatus: number, body: RestErrorBody): Details {
  return {
    httpStatus,
    ...(body.descriptions.length > 0
      ? { reason: body.descriptions.join(' '), restErrors: body.descriptions }
      : {}),
    ...(body.trackingId ? { trackingId: body.trackingId } : {}),
  };
}

/** Statuses with an explanation of their own; others read as `refused` (4xx) or `server` (5xx). */
const EXPLAINED = {
  400: 'badRequest',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  423: 'locked',
  429: 'tooMany',
} as const;

function statusKey(
  status: number,
): (typeof EXPLAINED)[keyof typeof EXPLAINED] | 'server' | 'refused' {
  if (status in EXPLAINED) return EXPLAINED[status as keyof typeof EXPLAINED];
  return status >= 500 ? 'server' : 'refused';
}

/**
 * Webex answered a non-2xx status with JSON (or nothing): explained by status, Webex's own
 * `errors[].description` kept as `reason` (text), `trackingId` kept for support. A 401 is
 * `restTokenExpired`. `retryAfter` (seconds) tells a 423 or 429 how long to wait.
 */
export function restStatusFailure(
  context: RestFailureContext,
  httpStatus: number,
  body: RestErrorBody,
  retryAfter?: number,
): WebExError {
  if (httpStatus === 401) return restTokenExpired(context, { httpStatus, body });
  const key = statusKey(httpStatus);
  const activity = restActivity(context.operation);
  const waitable = key === 'tooMany' || key === 'locked';
  const usualAction =
    waitable && retryAfter !== undefined
      ? t('webex.rest.failure.waitSeconds', { seconds: retryAfter })
      : t(`webex.rest.failure.${key}.action`);
  // Only a server error may come after the work was done; a refusal made nothing.
  const serverSide = key === 'server';
  return failure(
    'rest-api',
    context,
    {
      title: t('webex.rest.failure.title', { status: httpStatus }),
      meaning: t(`webex.rest.failure.${key}.meaning`, { activity, site: context.siteUrl }),
      action: serverSide ? action(context, usualAction) : usualAction,
    },
    answerDetails(httpStatus, body),
  );
}

/** The host asked to delete a meeting that is in progress: refused here, nothing sent. */
export function restDeleteInProgress(context: RestFailureContext): WebExError {
  return failure('input', context, {
    title: t('webex.rest.failure.inProgress.title'),
    meaning: t('webex.rest.failure.inProgress.meaning'),
    action: t('webex.rest.failure.inProgress.action'),
  });
}

/**
 * A 2xx answer that lacks what the call needs, or carries a link the extension will not open;
 * `lacked` is the REST field, e.g. `startLink`.
 */
export function restUnexpected(context: RestFailureContext, lacked: string): WebExError {
  return failure('unexpected', context, {
    title: t('webex.failure.unexpected.title'),
    meaning: t('webex.rest.failure.unexpected.meaning', {
      activity: restActivity(context.operation),
      lacked,
    }),
    action: t('webex.rest.failure.unexpected.action'),
  });
}

/** Webex lists no meeting with the number asked for (`GET /meetings?meetingNumber=` was empty). */
export function restNoSuchMeeting(context: RestFailureContext): WebExError {
  return failure('rest-api', context, {
    title: t('webex.exception.e060001.title'),
    meaning: t('webex.rest.failure.notFound.meaning', {
      activity: restActivity(context.operation),
    }),
    action: t('webex.rest.failure.notFound.action'),
  });
}
