import type { ExtensionMessage } from '@webext-core/messaging';
import {
  failedReply,
  type MessageData,
  type MessageReply,
  type MessageType,
  type onMessage,
} from '../messaging';
import { toErrorInfo } from './error-info';
import { admitMessage, type GuardEnv } from './message-guard';

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

function register<K extends MessageType>(
  listen: Listen,
  handlers: MessageHandlers,
  guard: GuardEnv,
  type: K,
) {
  const handler: Handler<K> = handlers[type];
  listen(type, async ({ data, sender }) => {
    try {
      // Before any handler: who sent it (lib/message-rules.ts's policy) and its data's shape.
      const admitted = await admitMessage(type, data, sender, guard);
      if (!admitted.ok) return admitted.reply as MessageReply<K>;
      return await handler(admitted.data as MessageData<K>, sender);
    } catch (error) {
      // A handler that throws still answers: the caller gets a reply to show, not silence.
      return failedReply(toErrorInfo(error)) as MessageReply<K>;
    }
  });
}

/**
 * The one place the background listens. Each message first passes lib/background/message-guard.ts
 * (its sender policy and data schema, lib/message-rules.ts): a refused one answers a FailedReply
 * of kind `refused` and no handler runs. Then its handler answers, and a throw inside any of
 * them reaches the caller as a FailedReply (kind `unexpected` unless it was a WebEx error),
 * never as "the extension did not answer".
 */
export function registerMessageHandlers(
  listen: Listen,
  handlers: MessageHandlers,
  guard: GuardEnv,
): void {
  for (const type of Object.keys(handlers) as MessageType[]) {
    register(listen, handlers, guard, type);
  }
}
