import { afterEach, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageHandlers } from '../../../lib/background/handlers';
import {
  registerMessageHandlers,
  type MessageHandlers,
} from '../../../lib/background/message-handlers';
import type { GuardEnv } from '../../../lib/background/message-guard';
import { explainerHandlers } from '../../../lib/explainer/background';
import { onMessage, removeAllListeners, type MessageType } from '../../../lib/messaging';
import { WebExError } from '../../../lib/webex/errors';
import { testEnv } from './test-env';

function allHandlers(): MessageHandlers {
  const explainerApi = { runtime: { id: fakeBrowser.runtime.id } } as unknown as typeof browser;
  const { env } = testEnv();
  return createMessageHandlers(env, explainerHandlers(explainerApi, env));
}

const BASE = `chrome-extension://${fakeBrowser.runtime.id}/`;
const guard: GuardEnv = {
  extensionId: fakeBrowser.runtime.id,
  extensionBaseUrl: BASE,
  resultOrigins: async () => [],
};
const POPUP = { id: fakeBrowser.runtime.id, url: `${BASE}popup.html` };
const CONTENT_SCRIPT = {
  id: fakeBrowser.runtime.id,
  url: 'https://acme.webex.com/acme/backurl-test.html',
  tab: { id: 7 },
  frameId: 0,
};

/** Sends `type` through the real onMessage listeners, as @webext-core/messaging puts it on the wire. */
async function send(type: MessageType, data?: unknown, sender: object = POPUP): Promise<unknown> {
  const message = { id: 1, type, data, timestamp: 1 };
  const [reply] = (await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {})) as {
    res?: unknown;
    err?: unknown;
  }[];
  return reply;
}

describe('registerMessageHandlers', () => {
  afterEach(() => {
    removeAllListeners();
    fakeBrowser.reset();
  });

  it('answers a message with its handler’s reply', async () => {
    registerMessageHandlers(onMessage, allHandlers(), guard);
    expect(await send('getAccount')).toEqual({
      res: { ok: true, value: { signedIn: false, webexSignInReady: false } },
    });
  });

  it('refuses a message its sender may not send, or with data out of shape: no handler runs', async () => {
    let ran = 0;
    const handlers: MessageHandlers = {
      ...allHandlers(),
      deleteMeeting: async () => {
        ran += 1;
        return { ok: true, value: undefined };
      },
    };
    registerMessageHandlers(onMessage, handlers, guard);
    const refused = {
      res: {
        ok: false,
        error: expect.objectContaining({
          kind: 'refused',
          message:
            'The request "deleteMeeting" came from a page that may not make it, so nothing was done.',
        }),
      },
    };
    expect(await send('deleteMeeting', { meetingKey: '123' }, CONTENT_SCRIPT)).toEqual(refused);
    expect(await send('deleteMeeting', { meetingKey: '123' }, {})).toEqual(refused);
    expect(await send('deleteMeeting', { meetingKey: '1 OR 1=1' })).toMatchObject({
      res: { ok: false, error: { kind: 'refused', message: expect.stringContaining('data') } },
    });
    expect(ran).toBe(0);
    expect(await send('deleteMeeting', { meetingKey: '123' })).toEqual({
      res: { ok: true },
    });
    expect(ran).toBe(1);
  });

  it('turns a throw inside a handler into a typed failed reply, never silence', async () => {
    const handlers: MessageHandlers = {
      ...allHandlers(),
      listMeetings: async () => {
        throw new Error('storage quota exceeded');
      },
    };
    registerMessageHandlers(onMessage, handlers, guard);
    expect(await send('listMeetings')).toEqual({
      res: {
        ok: false,
        error: {
          kind: 'unexpected',
          message: 'storage quota exceeded',
          explanation: {
            title: 'Something went wrong in the extension',
            meaning: expect.stringContaining('storage quota exceeded'),
            action: expect.stringMatching(/^Try again/),
          },
        },
      },
    });
  });

  it('keeps a thrown WebEx error’s own kind and explanation', async () => {
    const explanation = { title: 'No answer', meaning: 'm', action: 'a' };
    const handlers: MessageHandlers = {
      ...allHandlers(),
      joinLinks: async () => {
        throw new WebExError('timeout', 'timed out', explanation);
      },
    };
    registerMessageHandlers(onMessage, handlers, guard);
    expect(await send('joinLinks', { meetingKey: '1' })).toEqual({
      res: { ok: false, error: { kind: 'timeout', message: 'timed out', explanation } },
    });
  });

  it('registers a listener for every message of the protocol', () => {
    const registered: string[] = [];
    registerMessageHandlers(
      ((type: MessageType) => {
        registered.push(type);
        return () => {};
      }) as typeof onMessage,
      allHandlers(),
      guard,
    );
    expect(registered.sort()).toEqual(Object.keys(allHandlers()).sort());
    expect(registered).toContain('dismissResult');
    expect(registered).toContain('renewTicket');
  });

  it('does not compile when a protocol message has no handler (checked by tsc)', () => {
    const { dismissResult: _dropped, ...withoutOne } = allHandlers();
    // @ts-expect-error: dismissResult is a protocol message, so MessageHandlers requires it.
    const incomplete: MessageHandlers = withoutOne;
    expect(Object.keys(incomplete)).not.toContain('dismissResult');
  });
});
