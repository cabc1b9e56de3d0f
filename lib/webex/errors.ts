/** Plain words for a host: what happened, what it means, what to do next. */
export interface Explanation {
  title: string;
  meaning: string;
  action: string;
}

export type WebExErrorKind =
  | 'api' // the XML API answered FAILURE
  | 'timeout'
  | 'network' // fetch rejected: offline, DNS, connection reset, certificate
  | 'http' // a non-2xx status
  | 'not-xml' // an HTML (or other) page instead of XML
  | 'truncated' // empty or cut-off body
  | 'too-large' // an answer longer than any WebEx answer, not read to its end
  | 'xml-api-off' // the site no longer answers the XML API
  | 'no-site' // WebEx knows no site by this name (it sent the request on to another host)
  | 'unexpected' // XML that parsed but lacks what the operation needs
  // Raised by the extension itself, before or instead of asking WebEx:
  | 'input' // what the host typed cannot be used (e.g. not a site name)
  | 'permission' // no host access to a site outside *.webex.com
  | 'signed-out' // an action that needs an account, with none signed in
  | 'refused' // a message from a sender its policy does not admit, or with data that does not fit
  | 'interrupted' // the browser stopped the background before WebEx answered
  // The REST API (lib/webex/rest/):
  | 'rest-api' // webexapis.com answered a 4xx or 5xx (httpStatus; its JSON's descriptions, trackingId)
  | 'not-json' // an HTML (or other) page where the REST API's JSON was expected
  | 'token-expired' // the REST access token has run out or was refused (401): sign in again
  // "Sign in with Webex" (lib/webex/rest/oauth/):
  | 'no-integration' // no Webex integration (client ID) is configured: build, Options or administrator
  | 'sign-in-cancelled' // the host closed the Webex sign-in window or declined there
  | 'oauth'; // webexapis.com's authorize or token endpoint answered an OAuth error (`reason`: its code)

/** One `serv:subError` of a FAILURE: a more precise code and reason behind the main one. */
export interface WebExSubError {
  exceptionId: string;
  reason: string;
  value?: string;
}

/** Serializable form, for messages between the background and the UI. */
export interface WebExErrorInfo {
  kind: WebExErrorKind;
  message: string;
  explanation: Explanation;
  exceptionId?: string;
  reason?: string;
  /** PRIMARY, or BACKUP when the site ran on WebEx's backup servers. */
  gsbStatus?: string;
  subErrors?: WebExSubError[];
  httpStatus?: number;
  operation?: string;
  /** REST only: the answer's `trackingId`, what Cisco support asks for. */
  trackingId?: string;
  /** REST only: the answer's `errors[].description` (text, capped), else its `message`. */
  restErrors?: string[];
}

export class WebExError extends Error {
  override name = 'WebExError';
  constructor(
    readonly kind: WebExErrorKind,
    message: string,
    readonly explanation: Explanation,
    readonly details: Omit<WebExErrorInfo, 'kind' | 'message' | 'explanation'> = {},
  ) {
    super(message);
  }

  toInfo(): WebExErrorInfo {
    return {
      kind: this.kind,
      message: this.message,
      explanation: this.explanation,
      ...this.details,
    };
  }
}

/** The XML API answered `serv:result` FAILURE. Branch on `exceptionId`, never on `reason`. */
export class WebExApiError extends WebExError {
  override name = 'WebExApiError';
  constructor(
    readonly exceptionId: string,
    readonly reason: string,
    readonly gsbStatus: string | undefined,
    explanation: Explanation,
    operation?: string,
    subErrors: WebExSubError[] = [],
  ) {
    super(
      'api',
      `WebEx ${operation ?? 'request'} failed (${exceptionId}): ${reason}`,
      explanation,
      {
        exceptionId,
        reason,
        gsbStatus,
        operation,
        ...(subErrors.length > 0 ? { subErrors } : {}),
      },
    );
  }
}

export function isWebExError(error: unknown): error is WebExError {
  return error instanceof WebExError;
}
