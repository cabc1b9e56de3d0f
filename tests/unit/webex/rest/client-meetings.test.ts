import { describe, expect, test } from 'vitest';
import { createRestBackend } from '../../../../lib/webex/rest/client';
import { restListWindow } from '../../../../lib/webex/rest/meetings';
import { errorBody, joinLinks, listed, meeting, MEETING_ID, SITE } from './fixtures';
import { fakeWebex, json, NOW, rejection, routes, session, type Answer } from './fake-webex';
import { schemaErrors } from './spec-check';

const DAY_MS = 24 * 60 * 60 * 1000;

function backend(answer: Answer) {
  const fake = fakeWebex(answer);
  return { ...fake, rest: createRestBackend({ ...fake.env, fetch: fake.fetch }) };
}

describe('list', () => {
  const ended = listed({
    id: 'ended-1',
    meetingType: 'meeting',
    state: 'ended',
    start: '2026-11-28T10:00:00Z',
    end: '2026-11-28T10:30:00Z',
  });
  const upcoming = listed();
  const later = listed({
    id: 'later',
    meetingNumber: '987654321',
    start: '2026-12-10T08:00:00Z',
    end: '2026-12-10T08:45:00Z',
  });

  function listWebex(): Answer {
    return routes({
      'GET /meetings': (request) => {
        const query = request.url.searchParams;
        if (query.get('meetingType') === 'meeting') return json(200, { items: [ended] });
        if (query.get('page') === '2') return json(200, { items: [later] });
        const next = `https://webexapis.com/v1/meetings?${query}&page=2`;
        return json(200, { items: [upcoming] }, { Link: `<${next}>; rel="next"` });
      },
    });
  }

  test('asks for occurrences of the next 14 days and ended meetings of the last 7', async () => {
    const { rest, requests } = backend(listWebex());
    await rest.list(session, restListWindow(NOW));
    const queries = requests.map((request) => Object.fromEntries(request.url.searchParams));
    expect(queries).toContainEqual({
      meetingType: 'scheduledMeeting',
      from: new Date(NOW).toISOString(),
      to: new Date(NOW + 14 * DAY_MS).toISOString(),
      siteUrl: SITE,
      max: '100',
    });
    expect(queries).toContainEqual({
      meetingType: 'meeting',
      state: 'ended',
      from: new Date(NOW - 7 * DAY_MS).toISOString(),
      to: new Date(NOW).toISOString(),
      siteUrl: SITE,
      max: '100',
    });
  });

  test('follows the next page and gives the XML client domain rows, in start order', async () => {
    const { rest } = backend(listWebex());
    const meetings = await rest.list(session, restListWindow(NOW));
    expect(meetings.map((m) => m.meetingId)).toEqual(['ended-1', upcoming.id, 'later']);
    expect(meetings[0]).toMatchObject({
      ended: true,
      status: 'NOT_INPROGRESS',
      durationMinutes: 30,
    });
    expect(meetings[1]).toEqual({
      meetingKey: '123456789',
      meetingId: upcoming.id,
      topic: 'Project review',
      startsAt: Date.parse('2026-12-02T09:00:00Z'),
      durationMinutes: 60,
      timeZone: 'Europe/Berlin',
      timeZoneId: expect.any(Number),
      status: 'NOT_INPROGRESS',
      hostWebExId: 'john.andersen@example.com',
    });
  });

  test('an empty list is a normal answer; a malformed item is left out, not fatal', async () => {
    const empty = backend(routes({ 'GET /meetings': () => json(200, { items: [] }) }));
    expect(await empty.rest.list(session, restListWindow(NOW))).toEqual([]);
    const broken = backend(
      routes({
        'GET /meetings': () => json(200, { items: [{ id: 'x', start: 'soon' }, upcoming] }),
      }),
    );
    const meetings = await broken.rest.list(session, { from: NOW, to: NOW + DAY_MS });
    expect(meetings.map((m) => m.meetingId)).toEqual([upcoming.id]);
  });

  test('a list that fails says why', async () => {
    const { rest } = backend(
      routes({ 'GET /meetings': () => json(500, errorBody('Internal', 'T500')) }),
    );
    expect(await rejection(rest.list(session, restListWindow(NOW)))).toMatchObject({
      kind: 'rest-api',
      httpStatus: 500,
      trackingId: 'T500',
    });
  });
});

describe('get, by meeting number or REST id', () => {
  const webex = routes({
    'GET /meetings': (request) =>
      json(200, {
        items:
          request.url.searchParams.get('meetingNumber') === '123456789'
            ? [listed({ id: MEETING_ID })]
            : [],
      }),
    [`GET /meetings/${MEETING_ID}`]: () => json(200, meeting()),
  });

  test('a number is looked up, then the meeting read as MeetingDetails', async () => {
    const { rest, requests } = backend(webex);
    const details = await rest.get(session, '123 456 789');
    expect(requests[0]!.url.searchParams.get('meetingNumber')).toBe('123456789');
    expect(details).toMatchObject({
      meetingKey: '123456789',
      meetingId: MEETING_ID,
      meetingPassword: 'BgJep@43',
      agenda: 'Quarterly numbers',
      meetingType: 3,
      status: 'NOT_INPROGRESS',
    });
  });

  test("the lookup asks the session's site; an answer listing other meetings finds none", async () => {
    const { rest, requests } = backend(
      routes({
        // A server that ignored the filter: another meeting of the host is not this one.
        'GET /meetings': () => json(200, { items: [listed({ meetingNumber: '987654321' })] }),
      }),
    );
    const missing = await rejection(rest.get(session, '123456789'));
    expect(missing.explanation.title).toBe('Meeting not found');
    expect(requests[0]!.url.searchParams.get('siteUrl')).toBe(SITE);
    expect(requests[0]!.url.searchParams.get('current')).toBe('true');
    expect(requests).toHaveLength(1);
  });

  test('a REST id is used as it is', async () => {
    const { rest, requests } = backend(webex);
    await rest.get(session, MEETING_ID);
    expect(requests.map((request) => request.url.pathname)).toEqual([`/v1/meetings/${MEETING_ID}`]);
  });

  test('an unknown number is a clear not-found, a key of neither kind an input error', async () => {
    const { rest, requests } = backend(webex);
    const missing = await rejection(rest.get(session, '111222333'));
    expect(missing.explanation.title).toBe('Meeting not found');
    expect(await rejection(rest.get(session, '../people/me'))).toMatchObject({ kind: 'input' });
    expect(requests).toHaveLength(1);
  });
});

describe('hostUrl and joinUrls: POST /meetings/join with joinDirectly false', () => {
  test("the host's startLink; attendees' link is the meeting's lasting webLink", async () => {
    const { rest, requests } = backend(
      routes({
        'POST /meetings/join': () => json(200, joinLinks),
        [`GET /meetings/${MEETING_ID}`]: () => json(200, meeting()),
      }),
    );
    expect(await rest.hostUrl(session, MEETING_ID)).toBe(joinLinks.startLink);
    expect(requests[0]!.body).toEqual({ meetingId: MEETING_ID, joinDirectly: false });
    expect(schemaErrors('JoinMeetingObject', requests[0]!.body)).toEqual([]);
    expect(await rest.joinUrls(session, MEETING_ID)).toEqual({
      joinMeetingUrl: meeting().webLink,
    });
    // No short-lived joinLink (its token skips the password) is asked for it.
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  test('a meeting without a webLink on the site falls back to the joinLink', async () => {
    for (const webLink of [undefined, 'https://evil.example/j.php?MTID=m1']) {
      const { rest } = backend(
        routes({
          'POST /meetings/join': () => json(200, joinLinks),
          [`GET /meetings/${MEETING_ID}`]: () => json(200, { ...meeting(), webLink }),
        }),
      );
      expect(await rest.joinUrls(session, MEETING_ID)).toEqual({
        joinMeetingUrl: joinLinks.joinLink,
      });
    }
  });

  test('no startLink (not a host or cohost), or one off https on Webex, is refused', async () => {
    for (const answer of [
      { joinLink: joinLinks.joinLink },
      { ...joinLinks, startLink: 'http://acme.webex.com/start' },
      { ...joinLinks, startLink: 'https://evil.example/start' },
      { ...joinLinks, startLink: 'javascript:alert(1)' },
    ]) {
      const { rest } = backend(routes({ 'POST /meetings/join': () => json(200, answer) }));
      const info = await rejection(rest.hostUrl(session, MEETING_ID));
      expect(info).toMatchObject({ kind: 'unexpected', operation: 'POST /meetings/join' });
      expect(info.explanation.meaning).toContain('the link that starts the meeting');
    }
  });
});

describe('remove', () => {
  function removable(state: string): Answer {
    return routes({
      [`GET /meetings/${MEETING_ID}`]: () => json(200, meeting({ state })),
      [`DELETE /meetings/${MEETING_ID}`]: () => new Response(null, { status: 204 }),
    });
  }

  test('DELETEs the meeting (204), telling the invitees', async () => {
    const { rest, requests } = backend(removable('ready'));
    await rest.remove(session, MEETING_ID);
    const deleted = requests.find((request) => request.method === 'DELETE');
    expect(deleted!.url.searchParams.get('sendEmail')).toBe('true');
  });

  test('a meeting in progress is refused plainly, nothing deleted', async () => {
    const { rest, requests } = backend(removable('inProgress'));
    const info = await rejection(rest.remove(session, MEETING_ID));
    expect(info.explanation.title).toBe('This meeting is in progress');
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);
  });

  test("Webex's own refusal of a delete keeps its words and trackingId", async () => {
    const { rest } = backend(
      routes({
        [`GET /meetings/${MEETING_ID}`]: () => json(200, meeting()),
        [`DELETE /meetings/${MEETING_ID}`]: () =>
          json(409, errorBody('Meeting has started.', 'T409')),
      }),
    );
    expect(await rejection(rest.remove(session, MEETING_ID))).toMatchObject({
      kind: 'rest-api',
      httpStatus: 409,
      reason: 'Meeting has started.',
      trackingId: 'T409',
    });
  });
});
