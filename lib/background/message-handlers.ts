import type { ExtensionMessage } from '@webext-core/messaging';
import {
  failedReply,
  type MessageData,
  type MessageReply,
  type MessageType,
  type onMessage,
} from '../messaging';
import { toErrorInfo } from './error-info';

/** Who sent a message: the detector's tab and frame for showResultPanel. */
export type MessageSender = ExtensionMessage['sender'];

/** The background's answer to one message of lib/messaging.ts's protocol. */
export type Handler<K extends MessageType> = (
  data: MessageData<K>,
  sender: MessageSender,
) => Promise<MessageReply<K>>;

/** One handler for every message of the protocol: a message without one does not compile. */
export type MessageHandlers = { [K in MessageType]: Handler<K> };

/** `onMessage` from lib/messaging.ts (a parameter, so that tests may listen elsewhere). */
export type Listen = typeof onMessage;

function register<K extends MessageType>(listen: Listen, handlers: MessageHandlers, type: K) {
  const handler: Handler<K> = handlers[type];
  listen(type, async ({ data, sender }) => {
    try {
      return await handler(data, sender);
    } catch (error) {
      // A handler that throws still answers: the caller gets a reply to show, not silence.
      return failedReply(toErrorInfo(error)) as MessageReply<K>;
    }
  });
}

/**
 * The one place the background listens: each handler answers its message, and a throw inside
 * any of them reaches the caller as a FailedReply (kind `unexpected` unless it was a WebEx
 * error), never as "the extension did not answer".
 */
export function registerMessageHandlers(listen: Listen, handlers: MessageHandlers): void {
  for (const type of Object.keys(handlers) as MessageType[]) register(listen, handlers, type);
}
