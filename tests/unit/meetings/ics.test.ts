import { describe, expect, it } from 'vitest';
import {
  buildIcs,
  escapeIcsText,
  foldIcsLine,
  icsFileName,
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
});

describe('icsFileName', () => {
  it.each([
    ["Alice's meeting", 'alices-meeting.ics'],
    ['<&>"\' 🎉 Review', 'review.ics'],
    ['Café planning', 'cafe-planning.ics'],
    ['🎉', 'webex-meeting.ics'],
  ])('%j -> %j', (topic, name) => {
    expect(icsFileName(topic)).toBe(name);
  });
});
