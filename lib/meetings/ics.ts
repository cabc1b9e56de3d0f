/** An iCalendar (RFC 5545) file for one meeting, for the host's calendar. */

export interface CalendarEvent {
  /** Globally unique and stable for the meeting, so a second import updates the first. */
  uid: string;
  startsAt: number;
  durationMinutes: number;
  summary: string;
  description?: string;
  /** The join link: where the meeting "is". */
  url?: string;
  /** When the file was made (DTSTAMP). */
  now: number;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** 20251125T133000Z */
export function icsUtc(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

// RFC 5545 3.1's CONTROL: every C0 character but HTAB, and DEL. C1 characters go too: no
// calendar needs them and some read them as line ends.
// eslint-disable-next-line no-control-regex
const TEXT_CONTROLS = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g;
// A URI value is not escaped (3.3.13), so nothing that could end or bend a line may stay in it.
// eslint-disable-next-line no-control-regex
const URI_CONTROLS = /[\u0000-\u001F\u007F-\u009F\s]/g;

/**
 * TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, every line break
 * (CRLF, CR or LF) written as `\n`, other control characters dropped. Whatever its source,
 * a value so escaped stays inside its own property: it can add no line to the file.
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(TEXT_CONTROLS, '');
}

/**
 * A URI value (RFC 5545 3.3.13, not escaped): control characters, CR and LF included, and
 * white space dropped, so a link from a server cannot add properties to the file.
 */
export function icsUri(url: string): string {
  return url.replace(URI_CONTROLS, '');
}

/** Octets of the code point in UTF-8; a lone surrogate is written as U+FFFD, three octets. */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Lines longer than 75 octets (UTF-8) continue on lines starting with a space (RFC 5545 3.1);
 * never inside a character. One pass over the line.
 */
export function foldIcsLine(line: string): string {
  const pieces: string[] = [];
  let start = 0;
  let octets = 0;
  for (let at = 0; at < line.length;) {
    const codePoint = line.codePointAt(at)!;
    const size = utf8Octets(codePoint);
    if (octets + size > MAX_LINE_OCTETS) {
      pieces.push(line.slice(start, at));
      start = at;
      // The continuation line's leading space counts.
      octets = 1;
    }
    octets += size;
    at += codePoint > 0xffff ? 2 : 1;
  }
  pieces.push(line.slice(start));
  return pieces.join(`${CRLF} `);
}

/**
 * The whole file, CRLF line ends, every line folded at 75 octets; every value from the event
 * (topic, description, join link, uid) escaped as TEXT, or cleaned as a URI.
 */
export function buildIcs(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//WebEx Host Helper//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${icsUtc(event.now)}`,
    `DTSTART:${icsUtc(event.startsAt)}`,
    `DTEND:${icsUtc(event.startsAt + event.durationMinutes * 60_000)}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
    ...(event.url ? [`LOCATION:${escapeIcsText(event.url)}`, `URL:${icsUri(event.url)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

/** A file name from the topic: letters, digits and dashes only. */
export function icsFileName(topic: string): string {
  const slug = topic
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60)
    .toLowerCase();
  return `${slug || 'webex-meeting'}.ics`;
}
