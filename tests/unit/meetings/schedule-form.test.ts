import { describe, expect, it } from 'vitest';
import { buildScheduleRequest, type ScheduleFormValues } from '../../../lib/meetings/schedule-form';
import {
  formValuesFromRequest,
  withAlternateHostAsInvitee,
} from '../../../lib/meetings/schedule-form-restore';

const NOW = Date.UTC(2026, 2, 10, 9, 0);
const context = { now: NOW, timeZone: 'Europe/Berlin', hostEmail: 'alice@example.com' };

const filled: ScheduleFormValues = {
  topic: '  Review <&>"\' 🎉 ',
  start: { kind: 'in', minutes: 30 },
  durationMinutes: 45,
  meetingPassword: 'Ab3dEf7hJk',
  invitees: 'carol@example.com, Dave <dave@example.com>',
  alternateHost: 'bob@example.com',
  meetingType: 3,
};

describe('buildScheduleRequest', () => {
  it('builds the request: attendees, the alternate host as HOST, the password always', () => {
    expect(buildScheduleRequest(filled, context)).toEqual({
      ok: true,
      request: {
        topic: 'Review <&>"\' 🎉',
        startsAt: NOW + 30 * 60_000,
        timeZone: 'Europe/Berlin',
        durationMinutes: 45,
        meetingPassword: 'Ab3dEf7hJk',
        meetingType: 3,
        invitees: [
          { email: 'carol@example.com', role: 'ATTENDEE' },
          { email: 'dave@example.com', name: 'Dave', role: 'ATTENDEE' },
          { email: 'bob@example.com', role: 'HOST' },
        ],
      },
    });
  });

  it('invites someone listed both ways once, as the alternate host', () => {
    const built = buildScheduleRequest(
      { ...filled, invitees: 'BOB@example.com, carol@example.com' },
      context,
    );
    expect(built.ok && built.request.invitees).toEqual([
      { email: 'carol@example.com', role: 'ATTENDEE' },
      { email: 'bob@example.com', role: 'HOST' },
    ]);
  });

  it('leaves the meeting type out when the host has none', () => {
    const { meetingType: _unused, ...withoutType } = filled;
    const built = buildScheduleRequest(withoutType, context);
    expect(built.ok && 'meetingType' in built.request).toBe(false);
  });

  it.each([
    [{ topic: '   ' }, 'topic', /topic/],
    [{ start: { kind: 'at', local: '2020-01-01T10:00' } }, 'start', /already passed/],
    [{ meetingPassword: ' ' }, 'meetingPassword', /meeting password/],
    [{ invitees: 'carol@example.com, nope' }, 'invitees', /Not an email address: nope/],
    [{ alternateHost: 'bob' }, 'alternateHost', /not an email address/],
    [{ alternateHost: 'Alice@Example.com' }, 'alternateHost', /your own address/],
    // Issue 13, item 12: REST takes 128 characters; a 300-character topic is refused in words.
    [{ topic: 'x'.repeat(300) }, 'topic', /up to 128 characters: shorten this one by 172/],
    [
      { invitees: 'dave at example.com' },
      'invitees',
      /Not an email address: dave at example\.com\./,
    ],
    [
      { invitees: Array.from({ length: 501 }, (_, i) => `p${i}@x.com`).join(', ') },
      'invitees',
      /At most 500 invitees/,
    ],
  ] as const)('%j -> problem in %s', (change, field, problem) => {
    const built = buildScheduleRequest({ ...filled, ...change }, context);
    expect(built.ok).toBe(false);
    if (!built.ok) {
      expect(Object.keys(built.problems)).toEqual([field]);
      expect(built.problems[field]).toMatch(problem);
    }
  });

  it('sends a topic of exactly 128 characters (emoji count as one), and the name of a `"Name" <address>` invitee', () => {
    const topic = '🎉'.repeat(128);
    const built = buildScheduleRequest(
      { ...filled, topic, invitees: '"Frank Ford" <frank@example.com>', alternateHost: '' },
      context,
    );
    expect(built.ok && built.request.topic).toBe(topic);
    expect(built.ok && built.request.invitees).toEqual([
      { email: 'frank@example.com', name: 'Frank Ford', role: 'ATTENDEE' },
    ]);
  });

  // Issue 13, item 3: any length up to what the meeting type allows on the site.
  it('sends a 2-hour meeting where the type allows 24 h, and one of 3 h 5 min with no known limit', () => {
    const long = buildScheduleRequest(
      { ...filled, durationMinutes: 120 },
      { ...context, maxDurationMinutes: 1440 },
    );
    expect(long.ok && long.request.durationMinutes).toBe(120);
    const noLimit = buildScheduleRequest({ ...filled, durationMinutes: 185 }, context);
    expect(noLimit.ok && noLimit.request.durationMinutes).toBe(185);
  });

  it.each([
    [181, 180, /up to 3 h\. Choose a shorter duration/],
    [41, 40, /up to 40 min\./],
    [0, 180, /how long the meeting lasts/],
    [Number.NaN, undefined, /how long the meeting lasts/],
  ])('%d minutes with a limit of %j -> a duration problem', (minutes, limit, problem) => {
    const built = buildScheduleRequest(
      { ...filled, durationMinutes: minutes },
      { ...context, maxDurationMinutes: limit },
    );
    expect(built.ok).toBe(false);
    if (!built.ok) {
      expect(Object.keys(built.problems)).toEqual(['duration']);
      expect(built.problems.duration).toMatch(problem);
    }
  });
});

describe('withAlternateHostAsInvitee', () => {
  it.each([
    ['carol@example.com', 'dave@example.com', 'carol@example.com, dave@example.com'],
    ['', 'dave@example.com', 'dave@example.com'],
    ['DAVE@example.com', 'dave@example.com', 'DAVE@example.com'],
  ])('invitees %j + %j -> %j', (invitees, alternateHost, expected) => {
    const moved = withAlternateHostAsInvitee({ ...filled, invitees, alternateHost });
    expect(moved.invitees).toBe(expected);
    expect(moved.alternateHost).toBe('');
    expect(moved.topic).toBe(filled.topic);
    expect(moved.meetingPassword).toBe(filled.meetingPassword);
  });

  it('makes the next request invite that person as an attendee', () => {
    const moved = withAlternateHostAsInvitee({
      ...filled,
      alternateHost: 'dave@example.com',
      invitees: 'carol@example.com',
    });
    const built = buildScheduleRequest(moved, context);
    expect(built.ok && built.request.invitees).toEqual([
      { email: 'carol@example.com', role: 'ATTENDEE' },
      { email: 'dave@example.com', role: 'ATTENDEE' },
    ]);
  });
});

describe('formValuesFromRequest', () => {
  it('gives back the form that built a request', () => {
    const built = buildScheduleRequest(
      { ...filled, start: { kind: 'at', local: '2026-03-10T15:00' } },
      context,
    );
    if (!built.ok) throw new Error('expected a request');
    const values = formValuesFromRequest(built.request, NOW);
    expect(values).toEqual({
      topic: 'Review <&>"\' 🎉',
      start: { kind: 'at', local: '2026-03-10T15:00' },
      durationMinutes: 45,
      meetingPassword: 'Ab3dEf7hJk',
      // The name stays with the address, so the next request sends it to WebEx again.
      invitees: 'carol@example.com, Dave <dave@example.com>',
      alternateHost: 'bob@example.com',
      meetingType: 3,
    });
  });

  it('quotes a name with a comma, so the list reads back as the same people', () => {
    const built = buildScheduleRequest(
      { ...filled, invitees: '"Lee, Ann" <ann@example.com>', alternateHost: '' },
      context,
    );
    if (!built.ok) throw new Error('expected a request');
    const values = formValuesFromRequest(built.request, NOW);
    expect(values.invitees).toBe('"Lee, Ann" <ann@example.com>');
    const again = buildScheduleRequest(values, context);
    expect(again.ok && again.request.invitees).toEqual(built.request.invitees);
  });

  it('starts now when the original start has passed', () => {
    const built = buildScheduleRequest(filled, context);
    if (!built.ok) throw new Error('expected a request');
    expect(formValuesFromRequest(built.request, NOW + 3_600_000).start).toEqual({ kind: 'now' });
  });
});
