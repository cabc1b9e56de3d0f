import { describe, expect, test } from 'vitest';
import { createRestBackend } from '../../../../lib/webex/rest/client';
import { restStart, webexStartMinute } from '../../../../lib/webex/rest/schedule-body';
import type { ScheduleRequest } from '../../../../lib/webex/types';
import { errorBody, meeting, person, preferences, sessionTypes, SITE } from './fixtures';
import { fakeWebex, json, NOW, rejection, routes, session, type Answer } from './fake-webex';
import { schemaErrors } from './spec-check';

function backend(answer: Answer) {
  const fake = fakeWebex(answer);
  return { ...fake, rest: createRestBackend({ ...fake.env, fetch: fake.fetch }) };
}

describe('getProfile', () => {
  const whole = routes({
    'GET /people/me': () => json(200, person),
    'GET /meetingPreferences': () => json(200, preferences),
    'GET /meetings/sessionTypes': () => json(200, sessionTypes),
  });

  test('names the host, their sites, default site, Personal Room, zone and meeting types', async () => {
    const { rest, requests } = backend(whole);
    const profile = await rest.getProfile(session);
    expect(profile).toEqual({
      webExId: 'john.andersen@example.com',
      email: 'john.andersen@example.com',
      firstName: 'John',
      lastName: 'Andersen',
      displayName: 'John Andersen',
      timeZone: 'Europe/Berlin',
      timeZoneId: expect.any(Number),
      sites: ['other.webex.com', SITE],
      defaultSite: SITE,
      personalRoom: { topic: "John's PMR", link: `https://${SITE}/meet/john` },
      meetingTypes: [3],
      siteMeetingTypes: [{ id: 3, name: 'Meeting Center Pro' }],
    });
    const types = requests.find((request) => request.url.pathname.endsWith('/sessionTypes'));
    expect(types!.url.searchParams.get('siteUrl')).toBe(SITE);
  });

  test('still answers when preferences and meeting types are refused (a scope not granted)', async () => {
    const { rest } = backend(
      routes({
        'GET /people/me': () => json(200, person),
        'GET /meetingPreferences': () => json(403, errorBody('Missing scope')),
        'GET /meetings/sessionTypes': () => json(403, errorBody('Missing scope')),
      }),
    );
    const profile = await rest.getProfile(session);
    expect(profile).toMatchObject({ email: person.emails[0], meetingTypes: [], sites: [SITE] });
    expect(profile.personalRoom).toBeUndefined();
  });

  test('an expired token on any of the three stops it', async () => {
    const { rest } = backend(
      routes({
        'GET /people/me': () => json(200, person),
        'GET /meetingPreferences': () => json(401, errorBody('Token expired')),
        'GET /meetings/sessionTypes': () => json(200, sessionTypes),
      }),
    );
    await expect(rest.getProfile(session)).rejects.toMatchObject({ kind: 'token-expired' });
  });

  test('a person without an e-mail address is an unexpected answer', async () => {
    const { rest } = backend(
      routes({ 'GET /people/me': () => json(200, { ...person, emails: [] }) }),
    );
    await expect(rest.getProfile(session)).rejects.toMatchObject({ kind: 'unexpected' });
  });
});

describe('schedule', () => {
  const request: ScheduleRequest = {
    topic: 'Project review',
    startsAt: Date.parse('2026-12-02T09:00:30Z'),
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    meetingType: 3,
    agenda: 'Quarterly numbers',
    invitees: [
      { email: 'ana@example.com', name: 'Ana', role: 'ATTENDEE' },
      { email: 'bo@example.com', role: 'HOST' },
    ],
  };

  test('POSTs /meetings once, in the host zone, alternate hosts as coHost, and reads the answer', async () => {
    const { rest, requests } = backend(routes({ 'POST /meetings': () => json(200, meeting()) }));
    const scheduled = await rest.schedule(session, request);
    const [sent] = requests;
    expect(sent!.body).toEqual({
      title: 'Project review',
      start: '2026-12-02T10:00:00+01:00',
      end: '2026-12-02T11:00:00+01:00',
      timezone: 'Europe/Berlin',
      siteUrl: SITE,
      scheduledType: 'meeting',
      agenda: 'Quarterly numbers',
      sessionTypeId: 3,
      invitees: [
        { email: 'ana@example.com', displayName: 'Ana' },
        { email: 'bo@example.com', coHost: true },
      ],
      sendEmail: true,
    });
    expect(schemaErrors('CreateMeetingObject', sent!.body)).toEqual([]);
    expect(scheduled).toMatchObject({
      meetingKey: '123456789',
      meetingId: meeting().id,
      topic: 'Project review',
      startsAt: Date.parse('2026-12-02T09:00:00Z'),
      durationMinutes: 60,
      timeZone: 'Europe/Berlin',
      meetingPassword: 'BgJep@43',
    });
  });

  test("leaves a blank password out, so the site makes one, and shows the site's", async () => {
    const { rest, requests } = backend(
      routes({ 'POST /meetings': () => json(200, meeting({ password: 'Site1234' })) }),
    );
    const scheduled = await rest.schedule(session, { ...request, meetingPassword: '  ' });
    expect(requests[0]!.body).not.toHaveProperty('password');
    expect(scheduled.meetingPassword).toBe('Site1234');
    await rest.schedule(session, { ...request, meetingPassword: 'Mine-42' });
    expect(requests[1]!.body).toMatchObject({ password: 'Mine-42' });
  });

  test('a refused create is not resent, and says what Webex said', async () => {
    const { rest, requests } = backend(
      routes({
        'POST /meetings': () =>
          json(429, errorBody('Too many requests', 'T-429'), { 'Retry-After': '1' }),
      }),
    );
    expect(await rejection(rest.schedule(session, request))).toMatchObject({
      kind: 'rest-api',
      httpStatus: 429,
      trackingId: 'T-429',
    });
    expect(requests).toHaveLength(1);
  });

  test('start and end carry the offset the zone has on that day', () => {
    expect(restStart(Date.parse('2026-07-01T08:00:00Z'), 'Europe/Berlin')).toBe(
      '2026-07-01T10:00:00+02:00',
    );
    expect(restStart(Date.parse('2026-12-01T03:30:59Z'), 'America/St_Johns')).toBe(
      '2026-12-01T00:00:00-03:30',
    );
    expect(restStart(NOW, 'UTC')).toBe('2026-12-01T09:00:00+00:00');
  });

  test('a start within the current minute goes as the next minute, and the end with it', async () => {
    const { rest, requests } = backend(routes({ 'POST /meetings': () => json(200, meeting()) }));
    await rest.schedule(session, { ...request, startsAt: NOW + 20_000, durationMinutes: 30 });
    expect(requests[0]!.body).toMatchObject({
      start: '2026-12-01T10:01:00+01:00',
      end: '2026-12-01T10:31:00+01:00',
    });
    expect(webexStartMinute(NOW + 59_999, NOW + 1)).toBe(NOW + 60_000);
    expect(webexStartMinute(NOW + 60_000 + 59_999, NOW)).toBe(NOW + 60_000);
    expect(webexStartMinute(NOW + 3_600_000 + 30_000, NOW)).toBe(NOW + 3_600_000);
  });

  test("keeps the answer's webLink only on the host's site", async () => {
    const onSite = meeting().webLink;
    for (const [webLink, kept] of [
      [onSite, onSite],
      ['https://evil.example/acme/j.php?MTID=m1', undefined],
      ['http://acme.webex.com/acme/j.php?MTID=m1', undefined],
    ] as const) {
      const { rest } = backend(routes({ 'POST /meetings': () => json(200, meeting({ webLink })) }));
      expect((await rest.schedule(session, request)).webLink).toBe(kept);
    }
  });
});
