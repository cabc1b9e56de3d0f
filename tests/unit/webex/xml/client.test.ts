import { describe, expect, test } from 'vitest';
import { createXmlBackend } from '../../../../lib/webex/xml/client';
import { sessionExpiry } from '../../../../lib/webex/xml/session-expiry';
import { routedFetch, scriptedFetch, sentBody } from './fake-fetch';
import { readFixture, readRecorded } from './fixtures';
import { SESSION, SITE } from './test-session';

const NOW = Date.UTC(2026, 0, 10, 12);

function signedInBackend(extraRoutes = {}) {
  const fetch = routedFetch({
    'use:authenticateUser': { body: readFixture('authenticate_user_response_good.xml') },
    'use:getUser': { body: readFixture('get_user_response_several_meeting_types.xml') },
    ...extraRoutes,
  });
  return { fetch, backend: createXmlBackend({ fetch, now: () => NOW }) };
}

describe('createXmlBackend', () => {
  test('signIn authenticates, then loads the profile with the new ticket', async () => {
    const { fetch, backend } = signedInBackend();
    const { session, profile } = await backend.signIn(SITE, 'zobrien', 'secret');

    // AuthenticateUser, GetUser, then LstMeetingType (unanswered here: the profile has no names).
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(sentBody(fetch, 0)).toContain('<com:password>secret</com:password>');
    expect(sentBody(fetch, 1)).not.toContain('secret');
    expect(sentBody(fetch, 1)).toContain(
      `<com:sessionTicket>${session.sessionTicket}</com:sessionTicket>`,
    );
    expect(session).toEqual({
      site: SITE,
      webExId: 'zobrien',
      sessionTicket: 'AAABXVoNJ9w4ABZAb0xJSGpRVnVHZ3h0aWZ2NkVNQ3VTUT09',
      expiresAt: 1469012345678 + 5400 * 1000,
    });
    expect(profile.meetingTypes).toEqual([74377, 3, 213, 214]);
    expect(JSON.stringify(session)).not.toContain('secret');
  });

  test('a failed sign-in does not go on to GetUser', async () => {
    const fetch = routedFetch({
      'use:authenticateUser': { body: readFixture('authenticate_user_response_bad.xml') },
    });
    const backend = createXmlBackend({ fetch });
    await expect(backend.signIn(SITE, 'jdoe', 'wrong')).rejects.toMatchObject({
      exceptionId: '030002',
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('list returns the meetings, and [] for FAILURE 000015', async () => {
    const many = createXmlBackend({
      fetch: scriptedFetch({ body: readFixture('lstsummary_meeting_response_many.xml') }),
    });
    await expect(many.list(SESSION, { from: 0, to: NOW })).resolves.toHaveLength(3);
    const none = createXmlBackend({
      fetch: scriptedFetch({ body: readFixture('lstsummary_meeting_response_none.xml') }),
    });
    await expect(none.list(SESSION, { from: 0, to: NOW })).resolves.toEqual([]);
  });

  test('list asks for the signed-in host own meetings only', async () => {
    const fetch = scriptedFetch({ body: readFixture('lstsummary_meeting_response_none.xml') });
    await createXmlBackend({ fetch }).list(SESSION, { from: 0, to: NOW, max: 10 });
    expect(sentBody(fetch)).toContain('<meet:hostWebExID>jdoe</meet:hostWebExID>');
    expect(sentBody(fetch)).toContain('<serv:maximumNum>10</serv:maximumNum>');
  });

  test('hostUrl returns GethosturlMeeting link as it came', async () => {
    const backend = createXmlBackend({
      fetch: scriptedFetch({ body: readFixture('gethosturl_meeting_response_good.xml') }),
    });
    await expect(backend.hostUrl(SESSION, '123456789')).resolves.toMatch(
      /^https:\/\/acme\.webex\.com\/acme\/p\.php\?AT=LI&WID=jdoe&TK=f3a1c0de9b7e4d2a&MU=/,
    );
  });

  test('get, joinUrls and remove map their recorded answers', async () => {
    const fetch = routedFetch({
      'meet:getMeeting': { body: readRecorded('meeting_get_meeting_response_good.xml') },
      'meet:getjoinurlMeeting': {
        body: readRecorded('meeting_getjoinurl_meeting_response_good.xml'),
      },
      'meet:delMeeting': { body: readRecorded('meeting_del_meeting_response_good.xml') },
    });
    const backend = createXmlBackend({ fetch });
    await expect(backend.get(SESSION, '123456789')).resolves.toMatchObject({
      meetingKey: '123456789',
      meetingType: 74377,
    });
    await expect(backend.joinUrls(SESSION, '123456789')).resolves.toMatchObject({
      joinMeetingUrl: 'https://test.webex.com/test/e.php?AT=SI&MK=123456789',
    });
    await expect(backend.remove(SESSION, '123456789')).resolves.toBeUndefined();
  });

  test('remove of a missing meeting fails with 060001', async () => {
    const backend = createXmlBackend({
      fetch: scriptedFetch({ body: readRecorded('meeting_del_meeting_response_bad.xml') }),
    });
    await expect(backend.remove(SESSION, '1')).rejects.toMatchObject({ exceptionId: '060001' });
  });

  test('schedule falls back to the GetUser time zone when the browser zone is unknown', async () => {
    const created = { body: readRecorded('meeting_create_meeting_response_good.xml') };
    const { fetch, backend } = signedInBackend({ 'meet:createMeeting': created });
    const request = {
      topic: 'Zone test',
      startsAt: Date.UTC(2026, 0, 20, 18),
      timeZone: 'Not/AZone',
      durationMinutes: 30,
      invitees: [],
    };

    const before = await backend.schedule(SESSION, request);
    expect(before.timeZoneId).toBe(20); // GMT: nothing better known yet

    const { session } = await backend.signIn(SITE, 'zobrien', 'secret');
    const after = await backend.schedule(session, request);
    expect(after).toMatchObject({ meetingKey: '123456789', timeZoneId: 4 });
    // 18:00 UTC is 10:00 in San Jose (standard time).
    expect(sentBody(fetch, fetch.mock.calls.length - 1)).toContain(
      '<meet:startDate>01/20/2026 10:00:00</meet:startDate>',
    );
  });
});

describe('sessionExpiry', () => {
  test.each([
    [
      'createTime + timeToLive',
      { sessionTicket: 't', createTime: 1_000_000, timeToLive: 60 },
      1_060_000,
    ],
    ['no createTime: now + timeToLive', { sessionTicket: 't', timeToLive: 60 }, NOW + 60_000],
    ['nothing: now + 90 minutes', { sessionTicket: 't' }, NOW + 5_400_000],
  ])('%s', (_name, auth, expiresAt) => {
    expect(sessionExpiry(auth, () => NOW)).toBe(expiresAt);
  });
});
