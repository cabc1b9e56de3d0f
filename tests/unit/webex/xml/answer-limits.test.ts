import { describe, expect, test } from 'vitest';
import { WebExError } from '../../../../lib/webex/errors';
import { callXmlApi } from '../../../../lib/webex/xml/call';
import { MAX_ANSWER_BYTES } from '../../../../lib/webex/xml/transport';
import { scriptedFetch } from './fake-fetch';
import { readRecorded } from './fixtures';
import { SITE } from './test-session';

const REQUEST = '<?xml version="1.0" encoding="UTF-8"?><serv:message/>';
const GOOD = readRecorded('meeting_getjoinurl_meeting_response_good.xml');

async function failureOf(promise: Promise<unknown>): Promise<WebExError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WebExError) return error;
    throw error;
  }
  throw new Error('expected a WebExError');
}

/** A body streamed in 64 KiB chunks that counts how much of it was ever pulled. */
function endlessAnswer() {
  const chunk = new TextEncoder().encode(`<!--${'x'.repeat(65_536 - 7)}-->`);
  const pulled = { bytes: 0 };
  const fetch = async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled.bytes += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
      { status: 200, headers: { 'Content-Type': 'text/xml' } },
    );
  return { fetch, pulled };
}

describe('the answer size cap', () => {
  test('is 2 MB', () => {
    expect(MAX_ANSWER_BYTES).toBe(2 * 1024 * 1024);
  });

  test('an endless answer is abandoned just past the cap: "too large", not read to its end', async () => {
    const { fetch, pulled } = endlessAnswer();
    const error = await failureOf(callXmlApi({ fetch }, SITE, 'GetjoinurlMeeting', REQUEST));
    expect(error.kind).toBe('too-large');
    expect(error.explanation.title).toBe("WebEx's answer was too large");
    expect(error.explanation.meaning).toContain('acme.webex.com');
    expect(error.explanation.meaning).toContain('2 MB');
    expect(pulled.bytes).toBeLessThan(MAX_ANSWER_BYTES + 4 * 65_536);
  });

  test('a Content-Length over the cap is refused before any of the body is read', async () => {
    let read = false;
    const fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>(
          {
            pull() {
              read = true;
            },
          },
          // Nothing is pulled until someone reads.
          { highWaterMark: 0 },
        ),
        { headers: { 'Content-Length': String(MAX_ANSWER_BYTES + 1) } },
      );
    const error = await failureOf(callXmlApi({ fetch }, SITE, 'GetjoinurlMeeting', REQUEST));
    expect(error.kind).toBe('too-large');
    expect(read).toBe(false);
  });

  test('an answer just under a (lowered) cap is read, multi-byte text intact across chunks', async () => {
    const topic = '週次定例'.repeat(200);
    const body = GOOD.replace('</serv:header>', `<!--${topic}--></serv:header>`);
    const bytes = new TextEncoder().encode(body);
    const fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            // Split inside a three-byte character: the decoder must carry it over.
            for (let at = 0; at < bytes.length; at += 1001) {
              controller.enqueue(bytes.slice(at, at + 1001));
            }
            controller.close();
          },
        }),
      );
    const env = { fetch, maxAnswerBytes: bytes.length };
    await expect(callXmlApi(env, SITE, 'GetjoinurlMeeting', REQUEST)).resolves.toBeDefined();
    const over = { fetch: scriptedFetch({ body }), maxAnswerBytes: bytes.length - 1 };
    expect((await failureOf(callXmlApi(over, SITE, 'GetjoinurlMeeting', REQUEST))).kind).toBe(
      'too-large',
    );
  });

  test('CreateMeeting: a too-large answer warns that the meeting may exist anyway', async () => {
    const { fetch } = endlessAnswer();
    const error = await failureOf(callXmlApi({ fetch }, SITE, 'CreateMeeting', REQUEST));
    expect(error.explanation.action).toContain('may have created the meeting');
  });
});

describe('a DTD on the API path', () => {
  test.each([
    ['a document type', `<!DOCTYPE serv:message>${GOOD.replace(/^<\?xml[^>]*\?>/, '')}`],
    [
      'an entity declaration',
      GOOD.replace(
        '<serv:message',
        '<!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><serv:message',
      ),
    ],
  ])('%s is refused unparsed, as Decode refuses it', async (_, body) => {
    const fetch = scriptedFetch({ body });
    const error = await failureOf(callXmlApi({ fetch }, SITE, 'GetjoinurlMeeting', REQUEST));
    expect(error.kind).toBe('not-xml');
    expect(error.explanation.title).toBe("WebEx's answer declared a document type");
  });

  test('the same answer without its DTD is read', async () => {
    const fetch = scriptedFetch({ body: GOOD });
    await expect(callXmlApi({ fetch }, SITE, 'GetjoinurlMeeting', REQUEST)).resolves.toBeDefined();
  });
});
