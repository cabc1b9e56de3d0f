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
  /** Minutes before the start that the calendar reminds (VALARM); ICS_REMINDER_MINUTES if left out. */
  reminderMinutes?: number;
}

/** The calendar file's reminder, in minutes before the start. */
export const ICS_REMINDER_MINUTES = 10;

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
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeIcsText(event.summary)}`,
    `TRIGGER:-PT${Math.max(0, Math.round(event.reminderMinutes ?? ICS_REMINDER_MINUTES))}M`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

// Unsafe in a file name somewhere: control characters, bidirectional marks and overrides (they
// could disguise the extension), a BOM, and what Windows, macOS or a path reserves. Joiners
// (U+200C, U+200D) stay: Persian words and emoji sequences need them.
const UNSAFE_IN_FILE_NAMES =
  /[\p{Cc}\p{Cs}\p{Co}\p{Cn}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\\/:*?"<>|]/gu;
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_NAME_CODE_POINTS = 60;

/**
 * A file name from the topic, readable in any script ("Projektplanung Q2.ics",
 * "اجتماع الفريق.ics", "周会.ics"): letters, digits, punctuation and emoji kept; control
 * characters, bidirectional overrides and reserved characters (`\ / : * ? " < > |`) dropped;
 * white space runs made one space; no dot or space at either end; at most 60 code points;
 * `webex-meeting.ics` when nothing is left.
 */
export function icsFileName(topic: string): string {
  const cleaned = topic.normalize('NFC').replace(/\s+/gu, ' ').replace(UNSAFE_IN_FILE_NAMES, '');
  const name = trimDotsAndSpaces(
    Array.from(trimDotsAndSpaces(cleaned)).slice(0, MAX_NAME_CODE_POINTS).join(''),
  );
  if (!name) return 'webex-meeting.ics';
  return WINDOWS_DEVICE_NAMES.test(name) ? `${name}-meeting.ics` : `${name}.ics`;
}

/** Without dots and spaces at either end (Windows drops them; a leading dot hides a file). */
function trimDotsAndSpaces(text: string): string {
  const edge = (char: string | undefined) => char === '.' || char === ' ';
  let start = 0;
  let end = text.length;
  while (start < end && edge(text[start])) start++;
  while (end > start && edge(text[end - 1])) end--;
  return text.slice(start, end);
}
