import { afterEach, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageHandlers } from '../../../lib/background/handlers';
import {
  registerMessageHandlers,
  type MessageHandlers,
} from '../../../lib/background/message-handlers';
import { explainerHandlers } from '../../../lib/explainer/background';
import { onMessage, removeAllListeners, type MessageType } from '../../../lib/messaging';
import { WebExError } from '../../../lib/webex/errors';
import { testEnv } from './test-env';

function allHandlers(): MessageHandlers {
  const explainerApi = { runtime: { id: fakeBrowser.runtime.id } } as unknown as typeof browser;
  const { env } = testEnv();
  return createMessageHandlers(env, explainerHandlers(explainerApi, env));
}

/** Sends `type` through the real onMessage listeners, as @webext-core/messaging puts it on the wire. */
async function send(type: MessageType, data?: unknown): Promise<unknown> {
  const message = { id: 1, type, data, timestamp: 1 };
  const [reply] = (await fakeBrowser.runtime.onMessage.trigger(message, {}, () => {})) as {
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
    registerMessageHandlers(onMessage, allHandlers());
    expect(await send('getAccount')).toEqual({ res: { ok: true, value: { signedIn: false } } });
  });

  it('turns a throw inside a handler into a typed failed reply, never silence', async () => {
    const handlers: MessageHandlers = {
      ...allHandlers(),
      listMeetings: async () => {
        throw new Error('storage quota exceeded');
      },
    };
    registerMessageHandlers(onMessage, handlers);
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
    registerMessageHandlers(onMessage, handlers);
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
