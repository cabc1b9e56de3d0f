import { sanitizeValue } from '../../webex/url/result-values';

/** A pasted HTTP answer (status line and headers, then the body), taken apart. */
export interface HttpAnswer {
  /** The status line after the version, e.g. `200 OK`. */
  status: string;
  /** The Location header, for a redirect answered with HTTP 3xx. */
  location?: string;
  body: string;
}

const STATUS_LINE = /^HTTP\/\d(?:\.\d)?[ \t]+(\d{3}[^\r\n]{0,80})/i;
const LOCATION_HEADER = /^location[ \t]*:[ \t]*(\S[^\r\n]{0,8000})/im;

/**
 * Text copied from a browser's network panel or a proxy: `HTTP/1.1 200 OK`, headers, a blank
 * line, the body. Undefined when the text does not start with a status line.
 */
export function splitHttpAnswer(text: string): HttpAnswer | undefined {
  const status = STATUS_LINE.exec(text)?.[1];
  if (status === undefined) return undefined;
  const blank = /\r?\n[ \t]*\r?\n/.exec(text);
  const headers = blank ? text.slice(0, blank.index) : text;
  const body = blank ? text.slice(blank.index + blank[0].length).trim() : '';
  const location = LOCATION_HEADER.exec(headers)?.[1]?.trim();
  return { status: sanitizeValue(status), body, ...(location ? { location } : {}) };
}
