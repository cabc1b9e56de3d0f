import type { SendMessage } from './messaging';

/**
 * `sendMessage` (lib/messaging.ts), with the messaging library and the polyfill under it
 * loaded on the first send rather than with the page: the popup paints its form before it
 * needs them. Same arguments, same replies.
 */
export const lazySendMessage = ((...args: unknown[]) =>
  import('./messaging').then(({ sendMessage }) =>
    (sendMessage as (...all: unknown[]) => Promise<unknown>)(...args),
  )) as SendMessage;
