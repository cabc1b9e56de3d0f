import { describe, expect, test } from 'vitest';
import type { WebExError } from '../../../../lib/webex/errors';
import { MAX_READ_RETRIES, restCall } from '../../../../lib/webex/rest/transport';
import { errorBody } from './fixtures';
import { fakeWebex, json, NOW, session, type Answer } from './fake-webex';

const ME = 'https://webexapis.com/v1/people/me';
const MEETINGS = 'https://webexapis.com/v1/meetings';

async function failure(answer: Answer, method: 'GET' | 'POST' = 'GET', timeoutMs?: number) {
  const fake = fakeWebex(answer);
  const operation = method === 'POST' ? ('createMeeting' as const) : ('listMeetings' as const);
  const call = { operation, method, url: MEETINGS, body: method === 'POST' ? {} : undefined };
  const error = (await restCall({ ...fake.env, timeoutMs }, session, call).then(
    () => undefined,
    (reason: unknown) => reason,
  )) as WebExError;
  return { error, info: error.toInfo(), fake };
}

describe('a request', () => {
  test('carries the bearer token in the header only, never cookies or the address', async () => {
    const fake = fakeWebex(() => json(200, { items: [] }));
    await restCall(fake.env, session, { operation: 'getPerson', method: 'GET', url: ME });
    const [request] = fake.requests;
    expect(request!.headers.get('authorization')).toBe(`Bearer ${session.accessToken}`);
    expect(request!.url.href).not.toContain(session.accessToken);
    expect(request!.init.credentials).toBe('omit');
    expect(request!.init.redirect).toBe('error');
  });

  test('is not sent with an expired token: the host is asked to sign in again', async () => {
    const fake = fakeWebex(() => json(200, {}));
    const expired = { ...session, expiresAt: NOW };
    const call = { operation: 'getPerson' as const, method: 'GET' as const, url: ME };
    await expect(restCall(fake.env, expired, call)).rejects.toMatchObject({
      kind: 'token-expired',
    });
    expect(fake.requests).toEqual([]);
  });

  test('goes nowhere but webexapis.com/v1', async () => {
    const fake = fakeWebex(() => json(200, {}));
    for (const url of [
      'https://evil.example/v1/people/me',
      'https://webexapis.com/v1@evil.example/',
    ]) {
      const call = { operation: 'getPerson' as const, method: 'GET' as const, url };
      await expect(restCall(fake.env, session, call)).rejects.toThrow(/not a Webex REST address/);
    }
    expect(fake.requests).toEqual([]);
  });

  test('sends a JSON body as JSON and reads a 204 as no content', async () => {
    const fake = fakeWebex(() => new Response(null, { status: 204 }));
    const answer = await restCall(fake.env, session, {
      operation: 'createMeeting',
      method: 'POST',
      url: MEETINGS,
      body: { title: 'x' },
    });
    expect(answer).toMatchObject({ status: 204, json: undefined });
    expect(fake.requests[0]!.headers.get('content-type')).toBe('application/json');
    expect(fake.requests[0]!.body).toEqual({ title: 'x' });
  });
});

describe('each failure is explained, with Webex words and trackingId kept', () => {
  test("400: Webex's errors[].description is the reason, trackingId kept", async () => {
    const { info } = await failure(() =>
      json(400, errorBody('start cannot be earlier than current time.', 'TRACK-400')),
    );
    expect(info).toMatchObject({
      kind: 'rest-api',
      httpStatus: 400,
      reason: 'start cannot be earlier than current time.',
      restErrors: ['start cannot be earlier than current time.'],
      trackingId: 'TRACK-400',
      operation: 'GET /meetings',
    });
    expect(info.explanation.title).toContain('400');
  });

  test('401: the token was refused, sign in again', async () => {
    const { info } = await failure(() =>
      json(
        401,
        errorBody(
          'The request requires a valid access token set in the Authorization request header.',
          'T401',
        ),
      ),
    );
    expect(info).toMatchObject({ kind: 'token-expired', httpStatus: 401, trackingId: 'T401' });
    expect(info.explanation.action).toMatch(/Sign in with Webex again/);
  });

  test.each([
    [403, /permission \(scope\).*role or licence/],
    [404, /deleted/],
    [409, /conflicts/],
    [423, /locked/],
    [500, /problem on its side/],
    [502, /problem on its side/],
    [418, /refused the request/],
  ])('%i is explained by its status', async (status, meaning) => {
    const { info } = await failure(() => json(status, errorBody('Something', `T${status}`)));
    expect(info).toMatchObject({ kind: 'rest-api', httpStatus: status, trackingId: `T${status}` });
    expect(info.explanation.meaning).toMatch(meaning);
  });

  test('403 names the site whose licence may be missing', async () => {
    const { info } = await failure(() => json(403, errorBody('Forbidden')));
    expect(info.explanation.meaning).toContain(session.siteUrl);
  });

  test('a server error on a create warns that the meeting may exist', async () => {
    const { info } = await failure(() => json(503, errorBody('Service unavailable')), 'POST');
    expect(info.explanation.action).toMatch(/may have created the meeting/);
  });

  test('an HTML page where JSON was expected (a portal or proxy)', async () => {
    const page = () =>
      new Response('<!DOCTYPE html><html><body>Sign in to continue</body></html>', {
        status: 200,
        headers: { 'Content-Type': 'text/html' },
      });
    const { info } = await failure(page);
    expect(info).toMatchObject({ kind: 'not-json', httpStatus: 200 });
    const refused = await failure(() => new Response('<html>Blocked</html>', { status: 403 }));
    expect(refused.info).toMatchObject({ kind: 'not-json', httpStatus: 403 });
  });

  test('a network fault and a timeout', async () => {
    const network = await failure(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(network.info).toMatchObject({ kind: 'network' });
    expect(network.info.explanation.title).toContain('webexapis.com');
    const never: Answer = (request) =>
      new Promise((_, reject) =>
        request.init.signal!.addEventListener('abort', () => reject(request.init.signal!.reason)),
      );
    const timeout = await failure(never, 'GET', 50);
    expect(timeout.info).toMatchObject({ kind: 'timeout' });
  });

  test('an answer cut off, or larger than any Webex answer', async () => {
    const cut = await failure(() => new Response('{"items": [', { status: 200 }));
    expect(cut.info).toMatchObject({ kind: 'truncated' });
    const big = await failure(() =>
      json(200, { items: [] }, { 'Content-Length': String(3 * 1024 * 1024) }),
    );
    expect(big.info).toMatchObject({ kind: 'too-large' });
  });

  test("Webex's words are capped and read as text", async () => {
    const long = 'x'.repeat(5000);
    const body = {
      message: 'm',
      errors: Array.from({ length: 50 }, () => ({ description: long })),
    };
    const { info } = await failure(() => json(400, body));
    expect(info.restErrors).toHaveLength(5);
    expect(info.restErrors![0]!.length).toBeLessThanOrEqual(501);
    const nested = await failure(() => json(400, { message: { html: '<b>x</b>' }, errors: 'no' }));
    expect(nested.info.restErrors).toBeUndefined();
  });
});

describe('429 and 423: reads wait out Retry-After, a create is never resent', () => {
  test('a read waits the seconds Webex asks, then asks again', async () => {
    let calls = 0;
    const fake = fakeWebex(() =>
      ++calls === 1
        ? json(429, errorBody('Too many requests'), { 'Retry-After': '7' })
        : json(200, { items: [] }),
    );
    const answer = await restCall(fake.env, session, {
      operation: 'listMeetings',
      method: 'GET',
      url: MEETINGS,
    });
    expect(answer.status).toBe(200);
    expect(fake.waits).toEqual([7000]);
    expect(fake.requests).toHaveLength(2);
  });

  test('a Retry-After date is read against the clock', async () => {
    let calls = 0;
    const at = new Date(NOW + 30_000).toUTCString();
    const fake = fakeWebex(() =>
      ++calls === 1
        ? new Response('<html>slow down</html>', { status: 423, headers: { 'Retry-After': at } })
        : json(200, {}),
    );
    await restCall(fake.env, session, { operation: 'getPerson', method: 'GET', url: ME });
    expect(fake.waits).toEqual([30_000]);
  });

  test(`a read gives up after ${MAX_READ_RETRIES} waits, saying how long to wait`, async () => {
    const { info, fake } = await failure(() =>
      json(429, errorBody('Too many'), { 'Retry-After': '3' }),
    );
    expect(fake.requests).toHaveLength(MAX_READ_RETRIES + 1);
    expect(info).toMatchObject({ kind: 'rest-api', httpStatus: 429 });
    expect(info.explanation.action).toBe('Wait 3 seconds, then try again.');
  });

  test('a wait longer than a minute is not taken', async () => {
    const { fake, info } = await failure(() => json(429, {}, { 'Retry-After': '3600' }));
    expect(fake.requests).toHaveLength(1);
    expect(info.explanation.action).toBe('Wait 3600 seconds, then try again.');
  });

  test('a 429 on POST is not resent, even with a short Retry-After', async () => {
    const { fake, info } = await failure(
      () =>
        new Response('<html>Too Many Requests</html>', {
          status: 429,
          headers: { 'Retry-After': '1' },
        }),
      'POST',
    );
    expect(fake.requests).toHaveLength(1);
    expect(fake.waits).toEqual([]);
    expect(info).toMatchObject({ kind: 'rest-api', httpStatus: 429 });
  });
});
