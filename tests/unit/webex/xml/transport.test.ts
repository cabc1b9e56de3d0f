import { describe, expect, test, vi } from 'vitest';
import { WebExApiError, WebExError } from '../../../../lib/webex/errors';
import { callXmlApi } from '../../../../lib/webex/xml/call';
import {
  createMeeting,
  type CreateMeetingInput,
} from '../../../../lib/webex/xml/operations/create-meeting';
import { DEFAULT_TIMEOUT_MS } from '../../../../lib/webex/xml/transport';
import { scriptedFetch, type FakeAnswer } from './fake-fetch';
import { readRecorded } from './fixtures';
import { SESSION, SITE } from './test-session';

const REQUEST = '<?xml version="1.0" encoding="UTF-8"?><serv:message/>';
const GOOD = readRecorded('meeting_getjoinurl_meeting_response_good.xml');
const HTML = '<!DOCTYPE html><html><head><title>Not Found</title></head><body>Gone</body></html>';

/** A fetch that never answers and rejects, as real fetch does, when its signal aborts. */
function hangingFetch() {
  return vi.fn(
    (_url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      }),
  );
}

/** Headers arrive, then the body stalls until the signal aborts. */
function stallingBodyFetch() {
  return vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('<?xml version="1.0"?><serv:message'));
        init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
      },
    });
    return new Response(body, { status: 200 });
  });
}

/** The connection drops in the middle of the body. */
function droppingBodyFetch() {
  return vi.fn(async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('<?xml version="1.0"?><serv:message'));
        controller.error(new TypeError('network error'));
      },
    });
    return new Response(body, { status: 200 });
  });
}

async function failureOf(promise: Promise<unknown>): Promise<WebExError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WebExError) return error;
    throw error;
  }
  throw new Error('expected a WebExError');
}

describe('the request', () => {
  test('is one POST of text/xml to /WBXService/XMLService, without cookies', async () => {
    const fetch = scriptedFetch({ body: GOOD });
    await callXmlApi({ fetch }, SITE, 'GetjoinurlMeeting', REQUEST);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('https://acme.webex.com/WBXService/XMLService');
    expect(init).toMatchObject({
      method: 'POST',
      headers: { 'Content-Type': 'text/xml; charset=UTF-8' },
      body: REQUEST,
      credentials: 'omit',
    });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  test('calls fetch unbound, as window.fetch requires', async () => {
    const fetch = vi.fn(function (this: unknown) {
      if (this !== undefined) throw new TypeError('Illegal invocation');
      return Promise.resolve(new Response(GOOD));
    }) as unknown as typeof globalThis.fetch;
    await expect(callXmlApi({ fetch }, SITE, 'GetjoinurlMeeting', REQUEST)).resolves.toBeDefined();
  });

  test('waits 20 s by default', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(20_000);
  });
});

describe('transport failures', () => {
  test('no answer within the timeout -> timeout', async () => {
    const error = await failureOf(
      callXmlApi({ fetch: hangingFetch(), timeoutMs: 5 }, SITE, 'GetUser', REQUEST),
    );
    expect(error).toMatchObject({ kind: 'timeout', details: { operation: 'GetUser' } });
    expect(error.explanation.meaning).toContain('acme.webex.com');
  });

  test('a body that stalls past the timeout -> timeout', async () => {
    const error = await failureOf(
      callXmlApi({ fetch: stallingBodyFetch(), timeoutMs: 5 }, SITE, 'GetUser', REQUEST),
    );
    expect(error.kind).toBe('timeout');
  });

  test.each([
    ['another host (a site name WebEx does not know)', 'https://www.webex.com/', 'no-site'],
    ['the same host', 'https://acme.webex.com/WBXService/XMLService', 'not-xml'],
  ])('an answer redirected to %s', async (_, landedAt, kind) => {
    const fetch = vi.fn(async () => {
      const response = new Response(HTML, { headers: { 'Content-Type': 'text/html' } });
      Object.defineProperty(response, 'redirected', { value: true });
      Object.defineProperty(response, 'url', { value: landedAt });
      return response;
    });
    const failure = callXmlApi({ fetch }, SITE, 'AuthenticateUser', REQUEST);
    await expect(failure).rejects.toMatchObject({ kind });
    if (kind === 'no-site') {
      await expect(failure).rejects.toMatchObject({
        explanation: {
          title: 'There is no WebEx site at acme.webex.com',
          meaning: expect.stringContaining('it sent it on to www.webex.com'),
        },
      });
    }
  });

  test('fetch rejects -> network', async () => {
    const fetch = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failureOf(callXmlApi({ fetch }, SITE, 'GetUser', REQUEST));
    expect(error).toMatchObject({
      kind: 'network',
      explanation: { title: 'Could not reach acme.webex.com' },
    });
  });

  test('a connection dropped mid-body -> truncated', async () => {
    const error = await failureOf(
      callXmlApi({ fetch: droppingBodyFetch() }, SITE, 'GetUser', REQUEST),
    );
    expect(error.kind).toBe('truncated');
  });

  const answers: [string, FakeAnswer, string, number | undefined][] = [
    [
      '500 with text',
      { status: 500, body: 'Internal Server Error', contentType: 'text/plain' },
      'http',
      500,
    ],
    ['503 with an HTML page', { status: 503, body: HTML, contentType: 'text/html' }, 'http', 503],
    [
      '404 with an HTML page',
      { status: 404, body: HTML, contentType: 'text/html' },
      'xml-api-off',
      404,
    ],
    ['404 with an empty body', { status: 404, body: '' }, 'xml-api-off', 404],
    [
      '410 with an HTML page',
      { status: 410, body: HTML, contentType: 'text/html' },
      'xml-api-off',
      410,
    ],
    [
      '404 with JSON',
      { status: 404, body: '{"message":"no"}', contentType: 'application/json' },
      'http',
      404,
    ],
    [
      '200 with an HTML page',
      { status: 200, body: HTML, contentType: 'text/html' },
      'not-xml',
      200,
    ],
    ['200 with an empty body', { status: 200, body: '' }, 'truncated', 200],
    [
      '200 with truncated XML',
      { status: 200, body: GOOD.slice(0, GOOD.length - 40) },
      'truncated',
      200,
    ],
  ];

  test.each(answers)('%s -> %s', async (_name, answer, kind, httpStatus) => {
    const error = await failureOf(
      callXmlApi({ fetch: scriptedFetch(answer) }, SITE, 'GetUser', REQUEST),
    );
    expect(error).toMatchObject({ kind, details: { operation: 'GetUser', httpStatus } });
    expect(error.explanation.action.length).toBeGreaterThan(20);
  });

  test('a non-2xx status carrying an XML API FAILURE is that FAILURE', async () => {
    const fetch = scriptedFetch({
      status: 500,
      body: readRecorded('user_get_user_response_bad.xml'),
    });
    const error = await failureOf(callXmlApi({ fetch }, SITE, 'GetUser', REQUEST));
    expect(error).toBeInstanceOf(WebExApiError);
    expect(error).toMatchObject({ exceptionId: '030047' });
  });
});

describe('CreateMeeting is never retried', () => {
  const input: CreateMeetingInput = {
    topic: 'Once only',
    startsAt: Date.UTC(2026, 3, 1, 9),
    timeZone: 'Europe/London',
    durationMinutes: 30,
    invitees: [],
  };

  const failingFetches: [string, () => ReturnType<typeof vi.fn>, string][] = [
    ['timeout', hangingFetch, 'timeout'],
    [
      'network error',
      () => vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
      'network',
    ],
    ['HTTP 500', () => scriptedFetch({ status: 500, body: 'oops' }, { body: GOOD }), 'http'],
    ['HTTP 502', () => scriptedFetch({ status: 502, body: '' }, { body: GOOD }), 'http'],
    [
      'truncated answer',
      () => scriptedFetch({ body: '<?xml version="1.0"?><serv:message><serv:hea' }, { body: GOOD }),
      'truncated',
    ],
    ['connection dropped mid-body', droppingBodyFetch, 'truncated'],
  ];

  test.each(failingFetches)(
    '%s: fetch is called exactly once and the host is warned',
    async (_name, makeFetch, kind) => {
      const fetch = makeFetch();
      const error = await failureOf(
        createMeeting(
          { fetch: fetch as unknown as typeof globalThis.fetch, timeoutMs: 5 },
          SESSION,
          input,
        ),
      );
      expect(fetch).toHaveBeenCalledTimes(1);
      expect(error.kind).toBe(kind);
      expect(error.explanation.action).toMatch(/may have created the meeting anyway/);
    },
  );

  test('a refused request (HTTP 403) made nothing and carries no warning', async () => {
    const fetch = scriptedFetch({ status: 403, body: 'no' }, { body: GOOD });
    const error = await failureOf(
      createMeeting({ fetch: fetch as unknown as typeof globalThis.fetch }, SESSION, input),
    );
    expect(error.kind).toBe('http');
    expect(error.explanation.action).not.toMatch(/created/);
  });

  test('other operations do not carry the warning', async () => {
    const error = await failureOf(
      callXmlApi({ fetch: hangingFetch(), timeoutMs: 5 }, SITE, 'GetMeeting', REQUEST),
    );
    expect(error.explanation.action).not.toMatch(/created/);
  });
});
