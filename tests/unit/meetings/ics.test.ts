import { describe, expect, it } from 'vitest';
import {
  buildIcs,
  escapeIcsText,
  foldIcsLine,
  icsFileName,
  icsUri,
  icsUtc,
} from '../../../lib/meetings/ics';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('icsUtc', () => {
  it('writes UTC basic format', () => {
    expect(icsUtc(Date.UTC(2026, 2, 10, 13, 30, 5, 999))).toBe('20260310T133005Z');
  });
});

describe('escapeIcsText', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['line1\nline2\r\nline3', 'line1\\nline2\\nline3'],
    ['<&>"\' 🎉', '<&>"\' 🎉'],
  ])('%j', (text, escaped) => {
    expect(escapeIcsText(text)).toBe(escaped);
  });
});

describe('foldIcsLine', () => {
  it('leaves short lines alone', () => {
    expect(foldIcsLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('folds at 75 octets and unfolds back to the original', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldIcsLine(line);
    for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('never splits a multi-byte character', () => {
    const line = `SUMMARY:${'é🎉ü'.repeat(40)}`;
    const folded = foldIcsLine(line);
    for (const physical of folded.split('\r\n')) {
      expect(octets(physical)).toBeLessThanOrEqual(75);
      expect(physical).not.toContain('\uFFFD');
      expect(physical).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('buildIcs', () => {
  const ics = buildIcs({
    uid: '123456789@acme.webex.com',
    startsAt: Date.UTC(2026, 2, 10, 13, 30),
    durationMinutes: 45,
    summary: 'Review; <&>"\' 🎉, part 2',
    description: `Join: https://acme.webex.com/acme/j.php?MTID=m1\nPassword: Ab3dEf7h\n${'long '.repeat(30)}`,
    url: 'https://acme.webex.com/acme/j.php?MTID=m1',
    now: Date.UTC(2026, 2, 10, 9, 0),
  });
  const unfolded = ics.replace(/\r\n /g, '');
  const lines = unfolded.split('\r\n');

  it('is a VCALENDAR with one VEVENT, CRLF line ends and a final CRLF', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has UTC start, end and stamp', () => {
    expect(lines).toContain('DTSTART:20260310T133000Z');
    expect(lines).toContain('DTEND:20260310T141500Z');
    expect(lines).toContain('DTSTAMP:20260310T090000Z');
    expect(lines).toContain('UID:123456789@acme.webex.com');
  });

  it('escapes text values', () => {
    expect(lines).toContain('SUMMARY:Review\\; <&>"\' 🎉\\, part 2');
    const description = lines.find((line) => line.startsWith('DESCRIPTION:'));
    expect(description).toContain('\\nPassword: Ab3dEf7h\\n');
    expect(lines).toContain('URL:https://acme.webex.com/acme/j.php?MTID=m1');
  });

  it('folds every physical line to 75 octets', () => {
    for (const physical of ics.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
  });

  it('reminds 10 minutes before, with the topic, inside the event', () => {
    const alarm = lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM') + 1);
    expect(alarm).toEqual([
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Review\\; <&>"\' 🎉\\, part 2',
      'TRIGGER:-PT10M',
      'END:VALARM',
    ]);
    expect(lines.indexOf('END:VALARM')).toBeLessThan(lines.indexOf('END:VEVENT'));
    const early = buildIcs({
      uid: 'u',
      startsAt: 0,
      durationMinutes: 30,
      summary: 's',
      now: 0,
      reminderMinutes: 30,
    });
    expect(early.split('\r\n')).toContain('TRIGGER:-PT30M');
  });
});

describe('buildIcs with hostile values', () => {
  const injectedUrl =
    'https://acme.webex.com/acme/j.php?MTID=m1\r\nBEGIN:VALARM\r\nACTION:AUDIO\r\nEND:VALARM\nATTENDEE:mailto:evil@example.com';
  const ics = buildIcs({
    uid: 'x\r\nORGANIZER:mailto:evil@example.com',
    startsAt: Date.UTC(2026, 2, 10, 13, 30),
    durationMinutes: 30,
    summary: 'Review\r\nATTENDEE;RSVP=TRUE:mailto:evil@example.com\rEND:VEVENT\u0000\u0085',
    description: 'Join\nBEGIN:VALARM\r\nTRIGGER:-PT1M',
    url: injectedUrl,
    now: Date.UTC(2026, 2, 10, 9, 0),
  });
  const lines = ics.replace(/\r\n /g, '').split('\r\n');
  const names = lines.filter(Boolean).map((line) => /^[A-Z-]+/.exec(line)?.[0]);

  it('adds no property, component or attendee whatever the topic, uid and join link say', () => {
    expect(names).toEqual([
      'BEGIN',
      'VERSION',
      'PRODID',
      'CALSCALE',
      'METHOD',
      'BEGIN',
      'UID',
      'DTSTAMP',
      'DTSTART',
      'DTEND',
      'SUMMARY',
      'DESCRIPTION',
      'LOCATION',
      'URL',
      'BEGIN',
      'ACTION',
      'DESCRIPTION',
      'TRIGGER',
      'END',
      'END',
      'END',
    ]);
    expect(lines.filter((line) => /^(ATTENDEE|ORGANIZER|ACTION:AUDIO)/.test(line))).toEqual([]);
    // Our own reminder only: one alarm, ten minutes before.
    expect(lines.filter((line) => /^(BEGIN:VALARM|TRIGGER)/.test(line))).toEqual([
      'BEGIN:VALARM',
      'TRIGGER:-PT10M',
    ]);
    for (const control of ['\r', '\n', '\u0000', '\u0085']) {
      expect(ics.replace(/\r\n/g, '')).not.toContain(control);
    }
  });

  it('keeps the hostile text as escaped text inside its own property', () => {
    expect(lines).toContain(
      'SUMMARY:Review\\nATTENDEE\\;RSVP=TRUE:mailto:evil@example.com\\nEND:VEVENT',
    );
    expect(lines).toContain('UID:x\\nORGANIZER:mailto:evil@example.com');
  });

  it('drops CR, LF and control characters from the URL, which is not escaped', () => {
    expect(lines).toContain(
      'URL:https://acme.webex.com/acme/j.php?MTID=m1BEGIN:VALARMACTION:AUDIOEND:VALARMATTENDEE:mailto:evil@example.com',
    );
    expect(icsUri('https://a.example/\t x\u007f\u009b\u2028y')).toBe('https://a.example/xy');
  });

  it('folds a long Japanese topic at 75 octets without splitting a character', () => {
    const topic =
      '週次定例会議：新製品の発表準備と販売計画の確認（東京・大阪・名古屋の各拠点合同）'.repeat(3);
    const file = buildIcs({ uid: 'u', startsAt: 0, durationMinutes: 30, summary: topic, now: 0 });
    const physical = file.split('\r\n');
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThanOrEqual(4);
    for (const line of physical) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(file.replace(/\r\n /g, '').split('\r\n')).toContain(`SUMMARY:${topic}`);
  });
});

describe('icsFileName', () => {
  it.each([
    ["Alice's meeting", "Alice's meeting.ics"],
    ['<&>"\' 🎉 Review', "&' 🎉 Review.ics"],
    ['Café planning', 'Café planning.ics'],
    ['اجتماع الفريق الأسبوعي', 'اجتماع الفريق الأسبوعي.ics'],
    ['周会：产品评审', '周会：产品评审.ics'],
    ['Plan/Q2: review?', 'PlanQ2 review.ics'],
    ['..\\..\\boot.ini', 'boot.ini.ics'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe.ics'],
    ['tab\tand\nnew  line', 'tab and new line.ics'],
    ['CON', 'CON-meeting.ics'],
    ['می\u200Cخواهم', 'می\u200Cخواهم.ics'],
    ['🎉', '🎉.ics'],
    ['<>:"/\\|?*', 'webex-meeting.ics'],
    [' . ', 'webex-meeting.ics'],
  ])('%j -> %j', (topic, name) => {
    expect(icsFileName(topic)).toBe(name);
  });

  it('cuts a long topic at 60 code points, never inside a character', () => {
    const name = icsFileName('会'.repeat(59) + '🎉🎉🎉');
    expect(name).toBe(`${'会'.repeat(59)}🎉.ics`);
  });
});
